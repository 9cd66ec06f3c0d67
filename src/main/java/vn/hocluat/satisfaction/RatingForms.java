package vn.hocluat.satisfaction;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;

/** The model of the rating form (views/satisfaction/form.hbs) for the pages that offer it. */
@Singleton
public class RatingForms {
    private final JdbcOperations jdbc;

    RatingForms(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The form rating a course, returning to {@code back}. */
    public static Map<String, Object> course(long courseId, String back) {
        return Map.of("kind", "COURSE", "object", courseId, "back", back);
    }

    /** The form rating the contest of a round, returning to {@code back}; empty for an unknown round. */
    @ReadOnly
    public Optional<Map<String, Object>> contestOfRound(long roundId, String back) {
        return jdbc.prepareStatement("select contest_id from contest_round where id = ?", st -> {
            st.setLong(1, roundId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Map.of("kind", "CONTEST", "object", rs.getLong(1), "back", back))
                        : Optional.empty();
            }
        });
    }
}
