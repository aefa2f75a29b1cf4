/**
 * Helpers shared by the library's packages and modules. Not API: may change in any release.
 */
package dev.shixian.internal;
