package dev.shixian.holidays.cn;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats in which holiday notices can be loaded.
 */
public enum NoticeFormat {
    /**
     * The project's own text format, one block per notice (several blocks of one year combine by the rule of the
     * {@link ChinaCalendar} class documentation, "Several notices of one year"); see {@code notices.txt} in this
     * package's resources:
     * <pre>
     * notice 2021
     * title 国务院办公厅关于2021年部分节假日安排的通知
     * number 国办发明电〔2020〕27号
     * published 2020-11-25
     * off 2021-10-01..2021-10-07 国庆节
     * work 2021-10-09 国庆节
     * end
     * </pre>
     */
    SHIXIAN_TEXT,
    /**
     * holiday-cn's per-year JSON: {@code {"year": 2027, "papers": [...], "days": [{"name": "元旦",
     * "date": "2027-01-01", "isOffDay": true}, ...]}}. It carries no 文号 and no publication date, so it can
     * agree with other notices of its year but never amend them.
     */
    HOLIDAY_CN_JSON;

    /**
     * The format a file name implies: {@code .json} is {@link #HOLIDAY_CN_JSON}, anything else
     * {@link #SHIXIAN_TEXT}.
     *
     * @param fileName  the file name, not null
     * @return the format, not null
     */
    public static NoticeFormat forFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? HOLIDAY_CN_JSON : SHIXIAN_TEXT;
    }
}
