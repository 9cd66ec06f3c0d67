package vn.hocluat.org;

public enum Gender {
    MALE, FEMALE, OTHER
}
