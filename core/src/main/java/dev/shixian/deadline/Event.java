package dev.shixian.deadline;

import dev.shixian.deadline.internal.DeadlineParser;
import dev.shixian.internal.Snippet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A named event (事件) from which a time limit is counted, such as the issuance of a document (印发).
 *
 * <p>Every event has a canonical English id, used by the canonical string form of a {@link Deadline}, and a
 * canonical Chinese word. The built-in events and the Chinese words the parser reads for them are:
 * <table>
 * <caption>Built-in events</caption>
 * <tr><th>constant</th><th>id</th><th>Chinese words</th></tr>
 * <tr><td>{@link #ISSUANCE}</td><td>issuance</td><td>印发, 出台, 制定出台, 发布, 制发</td></tr>
 * <tr><td>{@link #PUBLICATION}</td><td>publication</td><td>公开, 公布, 公开发布</td></tr>
 * <tr><td>{@link #FORMATION}</td><td>formation</td><td>形成, 产生, 作出, 做出, 制作, 获取</td></tr>
 * <tr><td>{@link #CHANGE}</td><td>change</td><td>变更, 更新, 修订</td></tr>
 * <tr><td>{@link #RECEIPT}</td><td>receipt</td><td>收到申请, 收到, 受理, 签收</td></tr>
 * <tr><td>{@link #APPROVAL}</td><td>approval</td><td>批复, 批准, 审定</td></tr>
 * <tr><td>{@link #IMPLEMENTATION}</td><td>implementation</td><td>实施, 施行</td></tr>
 * <tr><td>{@link #PUBLIC_OPINION}</td><td>public-opinion</td><td>舆情产生, 舆情发生</td></tr>
 * <tr><td>{@link #MEETING}</td><td>meeting</td><td>会议召开, 召开, 举行, 举办</td></tr>
 * <tr><td>{@link #EXPIRY}</td><td>expiry</td><td>届满, 期满, 到期</td></tr>
 * </table>
 * The parser reads a subject before the word and drops it (行政处罚决定作出之日起7个工作日内 counts 7 working days
 * from {@link #FORMATION}: a decision is information formed when it is made; 有效期届满前30个工作日 counts back from
 * {@link #EXPIRY}).
 * A rule set may declare others with {@link #of(String)}: {@code Event.of("公示结束")} is an event whose id and
 * Chinese word are both 公示结束; in canonical text it is quoted ({@code 20 days after "公示结束"},
 * {@code “公示结束”之日起20日内}). A name is 1 to {@value #MAX_NAME} characters that the parser reads as themselves (see
 * the accepted characters in the package documentation), without quotes or backslashes, so that every deadline
 * naming it reads back from both canonical forms.
 *
 * <p>Example: "形成或变更之日起20日内" counts 20 days from {@link #FORMATION} or {@link #CHANGE}, whichever
 * happened last; with formation on 2021-07-01 the due date is 2021-07-21.
 *
 * <p>This class is immutable and thread-safe; two events are equal when their ids are equal.
 */
public final class Event {

    /** The most characters of an event name. */
    public static final int MAX_NAME = 40;

    /** Issuance of a document (印发, 出台, 制定出台, 发布, 制发). */
    public static final Event ISSUANCE = new Event("issuance", "印发", "issued", true);
    /**
     * Publication of a document or of information (公开, 公布, 公开发布), which may follow its issuance: "与文件公开时
     * 发布" counts from publication.
     */
    public static final Event PUBLICATION = new Event("publication", "公开", "published", true);
    /**
     * Formation of the information (形成, 产生; also 作出 a decision, 制作 or 获取 information), the start of
     * 条例第二十六条's 20 working days.
     */
    public static final Event FORMATION = new Event("formation", "形成", "formed", true);
    /** Change of the information (变更, 更新). */
    public static final Event CHANGE = new Event("change", "变更", "changed", true);
    /** Receipt of an application (收到申请; also 受理, 签收), 条例第三十一条. */
    public static final Event RECEIPT = new Event("receipt", "收到申请", "received", true);
    /** Approval (批复, 批准, 审定). */
    public static final Event APPROVAL = new Event("approval", "批复", "approved", true);
    /** Implementation of a policy (实施, 施行). */
    public static final Event IMPLEMENTATION = new Event("implementation", "实施", "implemented", true);
    /** A public-opinion incident arising (舆情产生). */
    public static final Event PUBLIC_OPINION = new Event("public-opinion", "舆情产生", "public opinion arose", true);
    /**
     * A meeting being held (会议召开; also 召开, 举行, 举办), the event that time limits before a meeting count back
     * from: 会议召开前5日 ({@link BeforeEvent}).
     */
    public static final Event MEETING = new Event("meeting", "会议召开", "meeting held", true);
    /**
     * The end of a term of validity or office (届满; also 期满, 到期): 有效期届满前30个工作日 ({@link BeforeEvent}),
     * 期满后15日内 ({@link AfterEvent}).
     */
    public static final Event EXPIRY = new Event("expiry", "届满", "expires", true);

    private static final List<Event> BUILT_IN = List.of(ISSUANCE, PUBLICATION, FORMATION, CHANGE, RECEIPT, APPROVAL,
            IMPLEMENTATION, PUBLIC_OPINION, MEETING, EXPIRY);

    private final String id;
    private final String chinese;
    private final String pastTense;
    private final boolean builtIn;

    private Event(String id, String chinese, String pastTense, boolean builtIn) {
        this.id = id;
        this.chinese = chinese;
        this.pastTense = pastTense;
        this.builtIn = builtIn;
    }

    /**
     * Obtains an event by name: a built-in event's id ({@code "issuance"}) or canonical Chinese word ({@code "印发"})
     * gives that built-in event; any other name declares a rule-set event with that name as id and Chinese word.
     * Example: {@code Event.of("formation") == Event.FORMATION}; {@code Event.of("公示结束").id()} is 公示结束.
     *
     * @param name  the name, not null, not blank, not padded, 1 to {@value #MAX_NAME} characters the parser reads
     *     as themselves (no full-width letters, zero-width, bidi or control characters), without quotes or
     *     backslashes
     * @return the event, not null
     * @throws IllegalArgumentException if the name is blank, padded, too long or contains a forbidden character
     */
    public static Event of(String name) {
        Objects.requireNonNull(name, "name");
        for (Event e : BUILT_IN) {
            if (e.id.equals(name) || e.chinese.equals(name)) {
                return e;
            }
        }
        if (name.isBlank() || !name.strip().equals(name) || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("Event name must be 1.." + MAX_NAME + " characters, not blank or "
                    + "padded: '" + Snippet.of(name) + "'");
        }
        int changed = DeadlineParser.firstChangedCharacter(name);
        if (changed >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Event name must not contain U+%04X at "
                    + "index %d (not read as itself): '%s'", (int) name.charAt(changed), changed, Snippet.of(name)));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\' || c == '“' || c == '”') {
                throw new IllegalArgumentException("Event name must not contain quotes or backslashes: '" + name
                        + "'");
            }
        }
        return new Event(name, name, name + " happened", false);
    }

    /**
     * The built-in events, in the order of the table above.
     *
     * @return the built-in events, not null, immutable
     */
    public static List<Event> builtIn() {
        return BUILT_IN;
    }

    /**
     * The canonical English id, such as {@code issuance}; for a rule-set event, its name.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The canonical Chinese word, such as 印发; for a rule-set event, its name.
     *
     * @return the Chinese word, not null
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Whether this is one of the {@link #builtIn()} events.
     *
     * @return true for a built-in event
     */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /**
     * The English past participle used in explanations, such as {@code issued} in
     * "issued Thu 2021-09-30 (day 0, not counted)".
     *
     * @return the word, not null
     */
    public String pastTense() {
        return pastTense;
    }

    /**
     * The event as it appears in canonical English text: the id for a built-in event, else the quoted name.
     * Example: {@code issuance}, {@code "公示结束"}.
     *
     * @return the canonical text, not null
     */
    public String toCanonical() {
        return builtIn ? id : '"' + id + '"';
    }

    /**
     * The event as it appears in canonical Chinese text: the word for a built-in event, else the name in
     * Chinese quotes. Example: 印发, “公示结束”.
     *
     * @return the canonical Chinese text, not null
     */
    public String toChinese() {
        return builtIn ? chinese : '“' + chinese + '”';
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Event other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Returns the canonical English text, as {@link #toCanonical()}.
     *
     * @return the canonical text, not null
     */
    @Override
    public String toString() {
        return toCanonical();
    }

    /**
     * Finds a built-in or declared event by its id, for readers of canonical text.
     *
     * @param id  the id, not null
     * @return the built-in event with that id, or empty
     */
    public static Optional<Event> builtIn(String id) {
        Objects.requireNonNull(id, "id");
        return BUILT_IN.stream().filter(e -> e.id.equals(id)).findFirst();
    }
}
