import KubeAPI

/// The approval subresource of CertificateSigningRequests (`PUT .../NAME/approval`): the only
/// way to add an Approved or Denied condition, as `kubectl certificate approve|deny` does.
extension Cluster {
    /// Replaces a request's conditions and nothing else. The caller needs `update` on
    /// `certificatesigningrequests/approval` and, from the CertificateApproval admission plugin,
    /// `approve` on the request's signer (`signers`, by name or `DOMAIN/*`). Returns the request as
    /// stored, before the signer acted on it.
    @discardableResult
    public func replaceApproval(_ object: KubeObject, as user: UserInfo? = nil, manager: FieldManager? = nil)
        throws(APIError) -> KubeObject
    {
        let type = ResourceType.certificateSigningRequests
        try authorize(
            AccessRequest(verb: "update", type, subresource: "approval", namespace: nil, name: object.name), as: user)
        let stored = try get(type, namespace: nil, name: object.name)
        if let version = object.metadata["resourceVersion"].string, !version.isEmpty,
            version != stored.metadata["resourceVersion"].string
        {
            throw .conflict(type, object.name)
        }
        let old = stored[path: "status.conditions"].array
        let conditions = CertificateRequestConditions.withTimestamps(
            object[path: "status.conditions"].array, old: old, now: now)
        let causes = CertificateRequestConditions.approvalProblems(conditions, old: old)
        guard causes.isEmpty else {
            throw .invalid(kind: type.kind, group: type.group, name: object.name, causes: causes)
        }
        let signer = stored[path: "spec.signerName"].string ?? ""
        if let user, !isAllowedToApprove(signer: signer, as: user) {
            throw APIError(
                reason: "Forbidden",
                message:
                    "\(type.qualifiedPlural) \(GoSyntax.quoted(object.name)) is forbidden: user not permitted to approve requests with signerName \(GoSyntax.quoted(signer))",
                code: 403)
        }
        var updated = stored
        updated[path: "status.conditions"] = .array(conditions)
        if updated.value.isEquivalent(to: stored.value) { return stored }
        let written = write(type, updated)
        if let manager { recordUpdate(type, old: stored, new: written, manager: manager) }
        return written
    }

    /// `IsAuthorizedForSignerName`: `approve` on the signer by its name, or on its domain's `/*`.
    private func isAllowedToApprove(signer: String, as user: UserInfo) -> Bool {
        let names = [signer] + (signer.split(separator: "/").first.map { ["\($0)/*"] } ?? [])
        return names.contains {
            isAllowed(
                AccessRequest(verb: "approve", group: "certificates.k8s.io", resource: "signers", name: $0), as: user)
        }
    }
}
