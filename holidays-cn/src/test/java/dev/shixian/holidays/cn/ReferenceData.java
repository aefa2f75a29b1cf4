package dev.shixian.holidays.cn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the public holiday-cn reference data (one {@code YYYY.json} per year) that may sit beside the project, in a
 * folder {@code shared/reference/holiday-cn} next to the project's root (or next to any folder above it). The
 * system property {@value #PROPERTY} names the folder directly and takes precedence. The data are not part of the
 * project: tests that need them are skipped, with {@link #SKIP_REASON}, when they are absent.
 */
final class ReferenceData {

    /** The system property that names the holiday-cn folder directly. */
    static final String PROPERTY = "shixian.reference.holidayCn";

    /** Why a test that needs the reference data did not run. */
    static final String SKIP_REASON = "holiday-cn reference data not found (no shared/reference/holiday-cn beside "
            + "the project and no -D" + PROPERTY + "=<folder>): cross-check against the reference skipped";

    private ReferenceData() {
    }

    /**
     * The holiday-cn folder: the one named by {@value #PROPERTY}, else the first
     * {@code shared/reference/holiday-cn} found by walking up from the working directory.
     *
     * @return the folder, or empty when there is none
     */
    static Optional<Path> holidayCnFolder() {
        String named = System.getProperty(PROPERTY, "");
        if (!named.isBlank()) {
            Path folder = Paths.get(named).toAbsolutePath();
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("reference").resolve("holiday-cn");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the reference data are there; the condition of {@code @EnabledIf} on the tests that need them.
     *
     * @return true if {@link #holidayCnFolder()} finds the folder
     */
    static boolean present() {
        return holidayCnFolder().isPresent();
    }
}
