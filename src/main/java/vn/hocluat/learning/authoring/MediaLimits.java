package vn.hocluat.learning.authoring;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Upload limits of course media by kind, in MB (hocluat.learning.max-*-mb). */
@Singleton
class MediaLimits {
    private final int video;
    private final int audio;
    private final int document;
    private final int image;

    MediaLimits(@Value("${hocluat.learning.max-video-mb:200}") int video, @Value("${hocluat.learning.max-audio-mb:60}") int audio,
                @Value("${hocluat.learning.max-document-mb:20}") int document, @Value("${hocluat.learning.max-image-mb:2}") int image) {
        this.video = video;
        this.audio = audio;
        this.document = document;
        this.image = image;
    }

    int mb(MediaKind kind) {
        return switch (kind) {
            case VIDEO -> video;
            case AUDIO -> audio;
            case DOCUMENT -> document;
            case IMAGE -> image;
        };
    }

    long bytes(MediaKind kind) {
        return mb(kind) * 1024L * 1024L;
    }

    /** The largest limit: what an authoring request body may reach. */
    int largestMb() {
        return Math.max(Math.max(video, audio), Math.max(document, image));
    }
}
