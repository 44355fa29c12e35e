/// Go struct layouts (k8s 1.32) of authentication.k8s.io/v1's `SelfSubjectReview` (for `kubectl
/// auth whoami`) and `TokenRequest` (for `kubectl create token`), in declaration order.
extension GoSchema {
    static let authenticationStructs: [String: String] = [
        "v1.SelfSubjectReview": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Status status v1.SelfSubjectReviewStatus omitempty
        """,
        "v1.SelfSubjectReviewStatus": """
        UserInfo userInfo v1.UserInfo omitempty
        """,
        "v1.UserInfo": """
        Username username string omitempty
        UID uid string omitempty
        Groups groups []string omitempty
        Extra extra map[string]v1.ExtraValue omitempty
        """,
        "v1.TokenRequest": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.TokenRequestSpec
        Status status v1.TokenRequestStatus omitempty
        """,
        "v1.TokenRequestSpec": """
        Audiences audiences []string
        ExpirationSeconds expirationSeconds *int64
        BoundObjectRef boundObjectRef *v1.BoundObjectReference
        """,
        "v1.BoundObjectReference": """
        Kind kind string omitempty
        APIVersion apiVersion string omitempty
        Name name string omitempty
        UID uid types.UID omitempty
        """,
        "v1.TokenRequestStatus": """
        Token token string
        ExpirationTimestamp expirationTimestamp v1.Time
        """,
    ]
}
