package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A node of the unit tree: nation → province → commune/ward/special zone → village, and agencies
 * under any unit. {@code path} lists the ids from the root ("/1/7/42/") so a subtree is one LIKE.
 */
@MappedEntity("unit")
public record Unit(@Id @GeneratedValue @Nullable Long id,
                   String code,
                   String name,
                   String searchName,
                   UnitKind kind,
                   @Nullable Long parentId,
                   String path,
                   int depth,
                   @Nullable Boolean urban,
                   @Nullable Integer population,
                   @DateCreated @Nullable Instant createdAt,
                   @DateUpdated @Nullable Instant updatedAt) {
}
