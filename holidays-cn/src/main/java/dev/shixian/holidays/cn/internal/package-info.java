/**
 * Readers of holiday data and the statutory holiday rules; not API, may change without notice.
 */
package dev.shixian.holidays.cn.internal;
