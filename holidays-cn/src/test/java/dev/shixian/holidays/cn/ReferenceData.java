package dev.shixian.holidays.cn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Finds the shared holiday-cn reference data beside the project, when it is there. */
final class ReferenceData {

    private ReferenceData() {
    }

    /**
     * The {@code shared/reference/holiday-cn} folder that sits beside the project's root, found by walking up from
     * the working directory.
     */
    static Optional<Path> holidayCnFolder() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("reference").resolve("holiday-cn");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
