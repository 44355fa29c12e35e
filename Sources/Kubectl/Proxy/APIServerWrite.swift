import Cluster
import KubeAPI

/// What the apiserver answers to a write through a resource path, body and all: `POST` of a
/// collection creates, `PUT` of an object (or its `status`) updates, `DELETE` of an object
/// deletes it. `kubectl create|replace|delete --raw` send these, with the file's bytes as a JSON
/// body and no query, so unknown fields are warned about (the server's default) and the field
/// manager is the client's name from its User-Agent, `kubectl`.
struct APIServerWrite {
    let cluster: Cluster
    /// Who asks; nil is the admin.
    let user: UserInfo?

    /// The answer's object, the warnings sent with it, and whether an apply patch created the
    /// object (answered 201, as every successful POST is).
    struct Answer {
        var object: JSONValue
        var warnings: [String] = []
        var created = false

        /// The object as the serializer writes it for a client that asks for no indenting.
        var body: String { GoJSON.marshal(object) + "\n" }
    }

    /// The manager kubectl's requests write as: its User-Agent up to the first `/`.
    static let manager = FieldManager("kubectl")
    /// Who this request writes as: `?fieldManager`, else the client's User-Agent up to the first `/`.
    var manager = Self.manager
    /// The request's query options (`dryRun`, `fieldValidation`, `force`).
    var options = WriteOptions(query: "")
    /// go-yaml's strict errors of a YAML body's repeated keys, met before it is read as JSON.
    var repeatedYAMLKeys: [String] = []

    /// `contentType` is the request's `Content-Type` header (nil when it sent none); the
    /// handler negotiates it before it reads the body.
    func send(
        _ method: String, path: String, query: String = "", body: String, contentType: String? = nil
    ) throws(APIStatus) -> Answer {
        var writer = self
        writer.options = WriteOptions(query: query)
        if writer.options.validation != .ignore, Self.isYAML(contentType) {
            writer.repeatedYAMLKeys = YAMLDecoding.repeatedKeyErrors(in: body)
        }
        return try writer.route(method, path: path, query: query, body: body, contentType: contentType)
    }

    private func route(
        _ method: String, path: String, query: String, body: String, contentType: String?
    ) throws(APIStatus) -> Answer {
        let segments = path.split(separator: "/").map(String.init)
        guard ["api", "apis"].contains(segments.first), let resource = APIServerRead.ResourcePath(segments),
            resource.rest.count <= 3, let type = APIServerRead.resourceType(of: resource, in: cluster)
        else { throw .notFound }
        let name = resource.name.isEmpty && resource.rest.count == 3 ? resource.rest[1] : resource.name
        let subresource = resource.rest.count == 3 ? resource.rest[2] : ""
        // Where a namespaced resource is listed across namespaces, only reads are served.
        let inNamespace = !type.namespaced || resource.namespace != nil
        do throws(APIError) {
            if method == "PATCH" && resource.rest.count >= 2 {
                return try patch(
                    body, contentType: contentType, type: type, namespace: resource.namespace, name: name, subresource: subresource)
            }
            // A DELETE without a body negotiates nothing.
            func negotiated() throws(APIError) -> String {
                method == "DELETE" && body.isEmpty ? body : try Self.negotiatedBody(body, contentType: contentType)
            }
            if !subresource.isEmpty {
                let request = SubresourceRequest(
                    method: method, type: type, namespace: resource.namespace, name: name, subresource: subresource, query: query)
                return try send(request, body: negotiated())
            }
            // go-restful has no route for another method here (a PATCH of a collection).
            guard let verb = Self.verb(method, resource.rest.count) else { throw APIError.methodNotAllowed }
            // The authorization filter runs before the handler reads the body.
            try cluster.authorize(AccessRequest(verb: verb, type, namespace: resource.namespace, name: name), as: user)
            let body = try negotiated()
            switch (method, resource.rest.count) {
            case ("POST", 1) where inNamespace:
                return try create(body, type: type, namespace: resource.namespace)
            case ("DELETE", 1) where inNamespace && type.verbs.contains("deletecollection"):
                return try deleteCollection(type, namespace: resource.namespace, query: query, options: body)
            case ("PUT", 2):
                return try update(body, type: type, namespace: resource.namespace, name: name, subresource: subresource)
            case ("DELETE", 2):
                return try delete(type, namespace: resource.namespace, name: name, options: body)
            default:
                throw APIError.methodNotAllowed
            }
        } catch {
            if error.code == 400 || error.code == 415 { throw .bare(error.reason, error.message, code: error.code) }
            // A 405 is go-restful's, for a method no route of the path takes: its details name nothing.
            if error.code == 405 { throw APIStatus(error: error) }
            // An object that already exists is named from the body that would have created it.
            let posted = error.reason == "AlreadyExists" ? (try? YAMLDecoding.documents(body).first)?["metadata"]["name"].string : nil
            throw APIStatus(error: error, name: posted ?? name, group: type.group, resource: type.plural)
        }
    }

    /// The options each write method's handler reads from the query.
    static let optionsKind: [String: WriteOptions.Kind] = ["POST": .create, "PUT": .update, "PATCH": .patch, "DELETE": .delete]

    /// The RBAC verb of a method on a collection (1 segment) or an object (2).
    private static func verb(_ method: String, _ segments: Int) -> String? {
        switch (method, segments) {
        case ("POST", 1): "create"
        case ("DELETE", 1): "deletecollection"
        case ("PUT", 2): "update"
        case ("DELETE", 2): "delete"
        default: nil
        }
    }

    /// The create handler: its options are checked before the body is decoded.
    private func create(_ body: String, type: ResourceType, namespace: String?) throws(APIError) -> Answer {
        try options.validate(.create)
        var (object, warnings) = try decode(body, as: type)
        try placeInNamespace(&object, namespace)
        let created = try cluster.create(object, dryRun: options.isDryRun, as: user, manager: manager)
        return Answer(object: served(created, type: type, old: nil), warnings: warnings)
    }

    func update(
        _ body: String, type: ResourceType, namespace: String?, name: String, subresource: String
    ) throws(APIError) -> Answer {
        try options.validate(.update)
        var (object, warnings) = try decode(body, as: type)
        guard object.name == name else {
            throw Self.badRequest("the name of the object (\(object.name)) does not match the name on the URL (\(name))")
        }
        try placeInNamespace(&object, namespace)
        let dryRun = options.isDryRun
        if subresource == "status" {
            return Answer(object: served(try cluster.replaceStatus(object, dryRun: dryRun), type: type), warnings: warnings)
        }
        let old = dryRun ? try? cluster.get(type, namespace: object.namespace, name: name) : nil
        let updated = try cluster.replace(object, dryRun: dryRun, manager: manager)
        return Answer(object: served(updated, type: type, old: old), warnings: warnings)
    }

    /// The object as the delete left it while it is still there (a pod terminating, an object
    /// with finalizers); once gone, the registries that return deleted objects answer with it,
    /// the others with a Status naming it.
    private func delete(_ type: ResourceType, namespace: String?, name: String, options body: String) throws(APIError) -> Answer {
        let options = try DeleteOptionsBody(body, query: options)
        let deleted = try cluster.delete(
            type, namespace: namespace, name: name, gracePeriodSeconds: options.gracePeriodSeconds,
            propagationPolicy: options.propagationPolicy, dryRun: options.dryRun)
        if options.dryRun,
            let marked = DryRunDeletion.marked(deleted, type, gracePeriodSeconds: options.gracePeriodSeconds, cluster: cluster)
        {
            // The marked copy has the stored object's managed fields: the marks are nobody's.
            var answer = served(marked, type: type)
            answer["metadata"]["managedFields"] = served(deleted, type: type)["metadata"]["managedFields"]
            return Answer(object: answer)
        }
        if !options.dryRun, let left = try? cluster.get(type, namespace: namespace, name: name), left.uid == deleted.uid {
            return Answer(object: served(left, type: type))
        }
        if Self.returnsDeletedObject.contains(type.plural) { return Answer(object: served(deleted, type: type)) }
        var details: JSONValue = ["name": .string(name)]
        if !type.group.isEmpty { details["group"] = .string(type.group) }
        details["kind"] = .string(type.plural)
        details["uid"] = .string(deleted.uid)
        let status: JSONValue = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "details": details]
        return Answer(object: status)
    }

    /// The registries built with `ReturnDeletedObject`.
    static let returnsDeletedObject: Set<String> = [
        "pods", "services", "serviceaccounts", "persistentvolumes", "persistentvolumeclaims", "namespaces",
        "resourcequotas", "podtemplates",
    ]

    /// A namespaced object takes the request's namespace when it names none, and may not name another.
    func placeInNamespace(_ object: inout KubeObject, _ namespace: String?) throws(APIError) {
        switch (object.namespace ?? "", namespace) {
        case ("", let namespace?): object.namespace = namespace
        case (_, nil): object.namespace = nil
        case (let own, let namespace?) where own != namespace:
            throw Self.badRequest("the namespace of the provided object does not match the namespace sent on the request")
        default: break
        }
    }

    func served(_ object: KubeObject, type: ResourceType) -> JSONValue {
        APIServerRead.served(object, type: type, inList: false, cluster: cluster)
    }

    /// What a client's write answers: under a dry run nothing was recorded, so the managed
    /// fields are those the write by this request's manager would have left on `old`.
    func served(_ written: KubeObject, type: ResourceType, old: KubeObject?) -> JSONValue {
        guard options.isDryRun else { return served(written, type: type) }
        var object = written
        let entries = cluster.managedFields(afterUpdateOf: type, old: old, new: written, manager: manager)
        object[path: "metadata.managedFields"] = entries.isEmpty ? nil : .array(entries.map(\.json))
        return APIServerRead.encoded(object.value, type: type)
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(reason: "BadRequest", message: message, code: 400)
    }
}
