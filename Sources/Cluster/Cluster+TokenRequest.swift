import KubeAPI
import OrderedCollections

/// TokenRequest (authentication.k8s.io/v1), the `token` subresource of a ServiceAccount: the
/// apiserver issues a JWT for the account, as `kubectl create token` asks for one.
extension Cluster {
    /// What a TokenRequest's spec asks for.
    public struct TokenRequestSpec: Sendable {
        /// An object the token lives no longer than (a Pod, Secret or Node).
        public struct BoundObject: Sendable {
            public var kind: String
            public var apiVersion: String
            public var name: String
            public var uid: String

            public init(kind: String, apiVersion: String = "v1", name: String, uid: String = "") {
                self.kind = kind
                self.apiVersion = apiVersion
                self.name = name
                self.uid = uid
            }
        }

        /// Empty: the apiserver's own audiences.
        public var audiences: [String]
        /// Nil: the API default, an hour.
        public var expirationSeconds: Int64?
        public var boundObject: BoundObject?

        public init(audiences: [String] = [], expirationSeconds: Int64? = nil, boundObject: BoundObject? = nil) {
            self.audiences = audiences
            self.expirationSeconds = expirationSeconds
            self.boundObject = boundObject
        }
    }

    /// The TokenRequest the apiserver answers with, its status holding the token; its fields in
    /// the Go struct's order, as a client that decodes it into the type prints it.
    public func requestToken(
        for account: String, namespace: String, spec: TokenRequestSpec, as user: UserInfo?
    ) throws(APIError) -> KubeObject {
        try authorize(
            AccessRequest(verb: "create", .serviceAccounts, subresource: "token", namespace: namespace, name: account),
            as: user)
        let serviceAccount = try get(.serviceAccounts, namespace: namespace, name: account)
        let issued = now.seconds
        let audiences = spec.audiences.isEmpty ? [serviceAccountIssuer] : spec.audiences
        let lifetime = spec.expirationSeconds ?? 3600
        var causes: [InvalidDetails.Cause] = []
        if lifetime < 600 {
            causes.append(.init(field: "spec.expirationSeconds", message: "Invalid value: \(lifetime): may not specify a duration less than 10 minutes"))
        }
        if lifetime > 1 << 32 {
            causes.append(.init(field: "spec.expirationSeconds", message: "Invalid value: \(lifetime): may not specify a duration larger than 2^32 seconds"))
        }
        if !causes.isEmpty { throw .invalid(kind: "TokenRequest", group: "authentication.k8s.io", name: "", causes: causes) }
        let bound = try tokenBinding(spec.boundObject, account: account, namespace: namespace)
        let token = signedToken(ServiceAccountTokenClaims(
            namespace: namespace, account: account, accountUID: serviceAccount.uid, audiences: audiences,
            issued: issued, expiry: issued + lifetime, id: names.uid(), bound: bound))
        var boundReference: JSONValue = nil
        if let object = spec.boundObject {
            boundReference = ["kind": .string(object.kind), "apiVersion": .string(object.apiVersion), "name": .string(object.name)]
            if !object.uid.isEmpty { boundReference["uid"] = .string(object.uid) }
        }
        return KubeObject([
            "kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1",
            "metadata": ["name": .string(account), "namespace": .string(namespace), "creationTimestamp": .string(now.rfc3339)],
            "spec": [
                "audiences": .array(audiences.map(JSONValue.string)), "expirationSeconds": .int(Int(lifetime)),
                "boundObjectRef": boundReference,
            ],
            "status": ["token": .string(token), "expirationTimestamp": .string(now.adding(seconds: lifetime).rfc3339)],
        ])
    }

    /// The private claims naming what the token is bound to, after checking that it exists
    /// (and is the object the UID names, when one is given).
    private func tokenBinding(
        _ object: TokenRequestSpec.BoundObject?, account: String, namespace: String
    ) throws(APIError) -> OrderedDictionary<String, JSONValue> {
        guard let object else { return [:] }
        let group = object.apiVersion.contains("/") ? String(object.apiVersion.split(separator: "/")[0]) : ""
        var bound: OrderedDictionary<String, JSONValue> = [:]
        let uid: String
        switch (group, object.kind) {
        case ("", "Pod"):
            let pod = try get(.pods, namespace: namespace, name: object.name)
            guard pod[path: "spec.serviceAccountName"].string == account else {
                throw APIError(
                    reason: "BadRequest",
                    message: "cannot bind token for serviceaccount \"\(account)\" to pod running with different serviceaccount name.",
                    code: 400)
            }
            uid = pod.uid
            bound["pod"] = Self.tokenReference(pod.name, uid: pod.uid)
            if let nodeName = pod[path: "spec.nodeName"].string, !nodeName.isEmpty {
                bound["node"] = Self.tokenReference(nodeName, uid: (try? get(.nodes, namespace: nil, name: nodeName))?.uid ?? "")
            }
        case ("", "Secret"):
            let secret = try get(.secrets, namespace: namespace, name: object.name)
            uid = secret.uid
            bound["secret"] = Self.tokenReference(secret.name, uid: secret.uid)
        case ("", "Node"):
            let node = try get(.nodes, namespace: nil, name: object.name)
            uid = node.uid
            bound["node"] = Self.tokenReference(node.name, uid: node.uid)
        default:
            let version = object.apiVersion.split(separator: "/").last.map(String.init) ?? ""
            throw APIError(reason: "BadRequest", message: "cannot bind token to object of type \(group)/\(version), Kind=\(object.kind)", code: 400)
        }
        if !object.uid.isEmpty, object.uid != uid {
            throw APIError(
                reason: "Conflict",
                message: "Operation cannot be fulfilled on \(object.kind) \"\(object.name)\": the UID in the bound object reference (\(object.uid)) does not match the UID in record. The object might have been deleted and then recreated",
                code: 409)
        }
        return bound
    }
}
