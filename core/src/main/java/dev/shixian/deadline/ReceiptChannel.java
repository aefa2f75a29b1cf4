package dev.shixian.deadline;

/**
 * How an application for disclosure (政府信息公开申请) reached the agency, and the rule that fixes its receipt date
 * (收到申请之日) for that channel (《政府信息公开条例》第三十一条):
 * <table>
 * <caption>Receipt date by channel</caption>
 * <tr><th>channel</th><th>Chinese</th><th>receipt date</th><th>source</th></tr>
 * <tr><td>{@link #IN_PERSON}</td><td>当面提交</td><td>the day submitted</td><td>条例第三十一条第一项</td></tr>
 * <tr><td>{@link #POST}</td><td>邮寄（需签收）</td><td>the day the agency signs for it</td>
 *     <td>条例第三十一条第二项</td></tr>
 * <tr><td>{@link #ORDINARY_LETTER}</td><td>平常信函等无需签收的邮件</td><td>the day the agency confirms with the
 *     applicant</td><td>条例第三十一条第二项</td></tr>
 * <tr><td>{@link #ONLINE}</td><td>互联网渠道</td><td>the day both sides confirm</td><td>条例第三十一条第三项</td></tr>
 * <tr><td>{@link #FAX}</td><td>传真</td><td>the day both sides confirm</td><td>条例第三十一条第三项</td></tr>
 * </table>
 *
 * <p>Example: an application sent by registered post and signed for by the agency on Tuesday 2024-10-08 was
 * received on 2024-10-08, whenever it was posted:
 * {@code DisclosureRequest.signedForByPost(LocalDate.of(2024, 10, 8)).received()} is 2024-10-08.
 */
public enum ReceiptChannel {

    /** Submitted in person (当面提交): received the day it is submitted (条例第三十一条第一项). */
    IN_PERSON("in person", "当面提交", "the day it was submitted", "以提交之日为收到申请之日", "条例第三十一条第一项"),
    /** By post that the agency signs for (邮寄): received the day the agency signs for it (条例第三十一条第二项). */
    POST("by post", "邮寄", "the day the agency signed for it", "以行政机关签收之日为收到申请之日", "条例第三十一条第二项"),
    /**
     * By ordinary letter or other post needing no signature (平常信函等无需签收的邮寄方式): received the day the agency
     * confirms with the applicant (条例第三十一条第二项).
     */
    ORDINARY_LETTER("by ordinary letter", "平常信函", "the day the agency confirmed with the applicant",
            "以与申请人确认之日为收到申请之日", "条例第三十一条第二项"),
    /** Online (互联网渠道): received the day both sides confirm (条例第三十一条第三项). */
    ONLINE("online", "互联网渠道", "the day both sides confirmed", "以双方确认之日为收到申请之日", "条例第三十一条第三项"),
    /** By fax (传真): received the day both sides confirm (条例第三十一条第三项). */
    FAX("by fax", "传真", "the day both sides confirmed", "以双方确认之日为收到申请之日", "条例第三十一条第三项");

    private final String english;
    private final String chinese;
    private final String ruleEnglish;
    private final String ruleChinese;
    private final String article;

    ReceiptChannel(String english, String chinese, String ruleEnglish, String ruleChinese, String article) {
        this.english = english;
        this.chinese = chinese;
        this.ruleEnglish = ruleEnglish;
        this.ruleChinese = ruleChinese;
        this.article = article;
    }

    /**
     * The channel in English, such as {@code by post}.
     *
     * @return the text, not null
     */
    public String english() {
        return english;
    }

    /**
     * The channel in Chinese, such as 邮寄.
     *
     * @return the text, not null
     */
    public String chinese() {
        return chinese;
    }

    /**
     * The receipt rule in English, such as {@code the day the agency signed for it}.
     *
     * @return the text, not null
     */
    public String ruleEnglish() {
        return ruleEnglish;
    }

    /**
     * The receipt rule in Chinese, such as 以行政机关签收之日为收到申请之日.
     *
     * @return the text, not null
     */
    public String ruleChinese() {
        return ruleChinese;
    }

    /**
     * The article and item of the rule, such as 条例第三十一条第二项.
     *
     * @return the citation, not null
     */
    public String article() {
        return article;
    }

    /**
     * Whether the receipt date needs both sides' confirmations ({@link #ONLINE}, {@link #FAX}): the later of the
     * agency's and the applicant's confirmation dates.
     *
     * @return true for online and fax
     */
    public boolean needsBothConfirmations() {
        return this == ONLINE || this == FAX;
    }
}
