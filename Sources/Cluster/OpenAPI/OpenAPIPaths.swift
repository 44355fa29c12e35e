import KubeAPI
import OrderedCollections

/// The REST paths of a group/version's resources as its OpenAPI document lists them: the
/// collection (list, create), each object (read, replace, patch, delete) and, for a namespaced
/// kind, the listing across namespaces. Operation IDs are the apiserver's
/// (`listCoreV1NamespacedPod`); descriptions are our own.
struct OpenAPIPaths {
    let flavor: OpenAPISchemaWriter.Flavor
    /// The published name of each kind, and of its list.
    let kindName: (ResourceType) -> String?

    /// Every path of `resources`, sorted as Go writes map keys.
    func paths(for resources: [ResourceType]) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        for type in resources {
            guard let definition = kindName(type) else { continue }
            let base = type.group.isEmpty ? "/api/\(type.version)" : "/apis/\(type.group)/\(type.version)"
            let scope = type.namespaced ? "\(base)/namespaces/{namespace}/\(type.plural)" : "\(base)/\(type.plural)"
            let scoped = type.namespaced ? "Namespaced" : ""
            let pathParameters = type.namespaced ? [parameter("namespace", in: "path")] : []
            var collection: OrderedDictionary<String, JSONValue> = [:]
            if type.verbs.contains("list") {
                collection["get"] = operation(
                    type, action: "list", id: "list", scoped: scoped, response: definition + "List",
                    text: "Lists the \(type.kind) objects\(type.namespaced ? " of a namespace" : ""), or watches them for changes.",
                    query: Self.listQuery)
            }
            if type.verbs.contains("create") {
                collection["post"] = operation(
                    type, action: "post", id: "create", scoped: scoped, response: definition,
                    text: "Creates a \(type.kind).", query: Self.writeQuery)
            }
            if !collection.isEmpty {
                if !pathParameters.isEmpty { collection["parameters"] = .array(pathParameters) }
                out.append((scope, .object(collection)))
            }
            var item: OrderedDictionary<String, JSONValue> = [:]
            let verbs: [(String, String, String, String, [String])] = [
                ("get", "get", "read", "Reads the named \(type.kind).", []),
                ("update", "put", "replace", "Replaces the named \(type.kind) with the object sent.", Self.writeQuery),
                ("delete", "delete", "delete", "Deletes the named \(type.kind).", ["dryRun", "gracePeriodSeconds", "propagationPolicy"]),
                ("patch", "patch", "patch", "Changes part of the named \(type.kind).", Self.writeQuery + ["force"]),
            ]
            for (verb, method, id, text, query) in verbs where type.verbs.contains(verb) {
                item[method] = operation(
                    type, action: method, id: id, scoped: scoped, response: definition, text: text, query: query)
            }
            if !item.isEmpty {
                item["parameters"] = .array([parameter("name", in: "path")] + pathParameters)
                out.append(("\(scope)/{name}", .object(item)))
            }
            if type.namespaced, type.verbs.contains("list") {
                let all = operation(
                    type, action: "list", id: "list", scoped: "", suffix: "ForAllNamespaces", response: definition + "List",
                    text: "Lists the \(type.kind) objects of every namespace, or watches them for changes.", query: [])
                out.append(("\(base)/\(type.plural)", ["get": all, "parameters": .array(Self.listQuery.map { parameter($0, in: "query") })]))
            }
        }
        return out.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }

    /// The query parameters of writes and of lists.
    static let writeQuery = ["dryRun", "fieldManager", "fieldValidation"]
    static let listQuery = ["continue", "fieldSelector", "labelSelector", "limit", "resourceVersion", "timeoutSeconds", "watch"]

    /// What each parameter means, in our words.
    private static let parameterText: [String: String] = [
        "name": "The name of the object.",
        "namespace": "The namespace the objects are in.",
        "dryRun": "All means: check and answer as if written, but store nothing.",
        "fieldManager": "The name recorded as the manager of the fields this request sets.",
        "fieldValidation": "What to do about unknown or duplicate fields: Ignore, Warn or Strict.",
        "force": "For an apply patch: take over fields other managers own.",
        "gracePeriodSeconds": "Seconds the object gets to shut down before it is removed; 0 removes it at once.",
        "propagationPolicy": "What becomes of the objects this one owns: Orphan, Background or Foreground.",
        "continue": "The token a previous, limited list returned, to fetch the next page.",
        "fieldSelector": "Only objects whose fields match, such as metadata.name=web.",
        "labelSelector": "Only objects whose labels match, such as app=web.",
        "limit": "At most this many objects; the answer carries a token for the rest.",
        "resourceVersion": "Which version of the data may answer the list, or where a watch starts.",
        "timeoutSeconds": "End the list or watch after this many seconds.",
        "watch": "Stream changes to the objects instead of listing them once.",
    ]

    private func parameter(_ name: String, in location: String) -> JSONValue {
        let kind: JSONValue = ["limit", "gracePeriodSeconds", "timeoutSeconds"].contains(name)
            ? "integer" : ["watch", "force"].contains(name) ? "boolean" : "string"
        let text = JSONValue.string(Self.parameterText[name] ?? "")
        switch flavor {
        case .v2:
            var out: OrderedDictionary<String, JSONValue> = ["uniqueItems": true, "type": kind, "description": text, "name": .string(name), "in": .string(location)]
            if location == "path" { out["required"] = true }
            return .object(out)
        case .v3:
            var out: OrderedDictionary<String, JSONValue> = ["name": .string(name), "in": .string(location), "description": text]
            if location == "path" { out["required"] = true }
            out["schema"] = ["type": kind, "uniqueItems": true]
            return .object(out)
        }
    }

    private func operation(
        _ type: ResourceType, action: String, id: String, scoped: String, suffix: String = "", response: String,
        text: String, query: [String]
    ) -> JSONValue {
        let tag = Self.tag(type)
        var out: OrderedDictionary<String, JSONValue> = [:]
        let reference = JSONValue.string((flavor == .v2 ? "#/definitions/" : "#/components/schemas/") + response)
        switch flavor {
        case .v2:
            out["description"] = .string(text)
            out["consumes"] = ["*/*"]
            out["produces"] = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"]
            out["schemes"] = ["https"]
            out["tags"] = [.string(tag)]
            out["operationId"] = .string(id + Self.operationInfix(type) + scoped + type.kind + suffix)
            if !query.isEmpty { out["parameters"] = .array(query.map { parameter($0, in: "query") }) }
            out["responses"] = ["200": ["description": "OK", "schema": ["$ref": reference]], "401": ["description": "Unauthorized"]]
        case .v3:
            out["tags"] = [.string(tag)]
            out["description"] = .string(text)
            out["operationId"] = .string(id + Self.operationInfix(type) + scoped + type.kind + suffix)
            if !query.isEmpty { out["parameters"] = .array(query.map { parameter($0, in: "query") }) }
            let content: JSONValue = ["application/json": ["schema": ["$ref": reference]]]
            out["responses"] = ["200": ["description": "OK", "content": content], "401": ["description": "Unauthorized"]]
        }
        out["x-kubernetes-action"] = .string(action)
        out["x-kubernetes-group-version-kind"] = ["group": .string(type.group), "kind": .string(type.kind), "version": .string(type.version)]
        return .object(out)
    }

    /// `core_v1`, `apps_v1`, `rbacAuthorization_v1`: the tag of a group/version's operations.
    static func tag(_ type: ResourceType) -> String {
        let words = groupWords(type.group)
        return (words[0].lowercased() + words.dropFirst().joined()) + "_" + type.version
    }

    /// `CoreV1`, `RbacAuthorizationV1`: what operation IDs carry between verb and kind.
    static func operationInfix(_ type: ResourceType) -> String {
        groupWords(type.group).joined() + type.version.prefix(1).uppercased() + type.version.dropFirst()
    }

    /// The group's words, capitalized, without `.k8s.io` (`core` for the core group).
    private static func groupWords(_ group: String) -> [String] {
        guard !group.isEmpty else { return ["Core"] }
        let trimmed = group.hasSuffix(".k8s.io") ? String(group.dropLast(7)) : group
        return trimmed.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }
}
