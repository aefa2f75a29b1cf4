package dev.shixian.deadline;

import dev.shixian.ShixianException;
import java.util.Objects;

/**
 * Thrown when a {@link DisclosureRequest} records a step that 《政府信息公开条例》 does not allow at the date given,
 * such as an extension approved or told to the applicant after the due date it would extend (条例第三十三条第二款).
 * The message names the dates and the article.
 *
 * <p>Example: received 2024-03-01, due 2024-03-29, an extension approved on 2024-04-01 fails with a message starting
 * "Extension approved on Mon 2024-04-01, after the due date Fri 2024-03-29 it would extend: 条例第三十三条第二款
 * requires the approval (经负责人同意) and the notice to the applicant (告知申请人) by that date".
 */
public final class DisclosureRuleException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** The article broken, such as 条例第三十三条第二款, not null. */
    private final String article;

    /**
     * Creates an exception.
     *
     * @param article  the article, such as 条例第三十三条第二款, not null
     * @param message  the message naming the dates, not null
     */
    public DisclosureRuleException(String article, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.article = Objects.requireNonNull(article, "article");
    }

    /**
     * The article the request would break, such as 条例第三十三条第二款.
     *
     * @return the citation, not null
     */
    public String article() {
        return article;
    }
}
