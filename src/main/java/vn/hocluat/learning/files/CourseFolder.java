package vn.hocluat.learning.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one course folder, read safely: every entry is resolved to its real path and must
 * stay inside the folder (a symbolic link leading out is refused, not followed), sizes are checked
 * before a byte is read, text must be UTF-8. Paths are named relative to the folder with '/'.
 */
final class CourseFolder {
    static final long MB = 1024L * 1024;

    /** An entry of a folder: its name, its path relative to the course folder, and whether it is a folder. */
    record Entry(String name, String relative, boolean directory) {
    }

    private final Path root;
    private final List<FileIssue> issues;

    private CourseFolder(Path root, List<FileIssue> issues) {
        this.root = root;
        this.issues = issues;
    }

    /** The folder when it really lies inside {@code coursesRoot} (both as real paths). */
    static Optional<CourseFolder> open(Path coursesRoot, Path dir, List<FileIssue> issues) {
        try {
            Path real = dir.toRealPath();
            if (!real.startsWith(coursesRoot.toRealPath()) || !Files.isDirectory(real)) {
                issues.add(FileIssue.at(null, 0, "course.files.error.folderOutside", dir.getFileName()));
                return Optional.empty();
            }
            return Optional.of(new CourseFolder(real, issues));
        } catch (IOException e) {
            issues.add(FileIssue.at(null, 0, "course.files.error.unreadable", e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    boolean exists(String relative) {
        return Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /** The entries of a sub-folder ("" for the course folder) by name, without hidden ones; links out are reported and left out. */
    List<Entry> list(String relative) {
        List<Entry> out = new ArrayList<>();
        Path dir = relative.isEmpty() ? root : root.resolve(relative);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted(Comparator.comparing(x -> x.getFileName().toString())).toList()) {
                String name = p.getFileName().toString();
                String rel = relative.isEmpty() ? name : relative + "/" + name;
                if (name.startsWith(".")) {
                    continue;
                }
                inside(p, rel).ifPresent(real -> out.add(new Entry(name, rel, Files.isDirectory(real))));
            }
        } catch (IOException e) {
            issues.add(FileIssue.at(relative.isEmpty() ? null : relative, 0, "course.files.error.unreadable", e.getClass().getSimpleName()));
        }
        return out;
    }

    /** The bytes of a file of at most {@code maxBytes}; a larger or unreadable file is reported. */
    Optional<byte[]> read(String relative, long maxBytes) {
        Optional<Path> real = inside(root.resolve(relative), relative);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(real.get())) {
                issues.add(FileIssue.at(relative, 0, "course.files.error.notAFile"));
                return Optional.empty();
            }
            long size = Files.size(real.get());
            if (size > maxBytes) {
                issues.add(FileIssue.at(relative, 0, "course.files.error.tooLarge", megabytes(size), maxBytes / MB));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(real.get()));
        } catch (IOException e) {
            issues.add(FileIssue.at(relative, 0, "course.files.error.unreadable", e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    /** A text file (at most {@code maxBytes}) decoded as UTF-8 without its byte-order mark. */
    Optional<String> text(String relative, long maxBytes) {
        return read(relative, maxBytes).flatMap(bytes -> {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
            } catch (CharacterCodingException e) {
                issues.add(FileIssue.at(relative, 0, "course.files.error.notUtf8"));
                return Optional.empty();
            }
        });
    }

    private Optional<Path> inside(Path p, String relative) {
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                issues.add(FileIssue.at(relative, 0, "course.files.error.linkOutside"));
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            issues.add(FileIssue.at(relative, 0, "course.files.error.unreadable", e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.UP).toPlainString();
    }
}
