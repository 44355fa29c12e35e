import KubeAPI
import OrderedCollections

extension Kustomization {
    /// Reads a kustomization file's text, refusing unknown fields and values of the wrong type
    /// as Go's JSON decoder words them.
    init(decoding text: String, fileName: String = "kustomization.yaml") throws(KustomizeError) {
        let document: JSONValue
        do {
            document = try YAMLDecoding.documents(text).first ?? .null
        } catch {
            throw KustomizeError("invalid Kustomization: \(error.goWording)")
        }
        // A file with nothing but blanks and comments holds no kustomization at all.
        if document.isNull { throw KustomizeError("\(fileName) is empty") }
        guard case .object(let fields) = document else {
            throw KustomizeError("invalid Kustomization: json: cannot unmarshal \(document.goJSONKind) into Go value of type types.Kustomization")
        }
        for key in fields.keys where !Self.knownFields.contains(key) {
            throw KustomizeError("invalid Kustomization: json: unknown field \"\(key)\"")
        }
        let reader = FieldReader(owner: "Kustomization")
        resources = try reader.strings(fields["bases"] ?? .null, "bases") + reader.strings(fields["resources"] ?? .null, "resources")
        namespace = try reader.string(fields["namespace"] ?? .null, "namespace")
        namePrefix = try reader.string(fields["namePrefix"] ?? .null, "namePrefix") ?? ""
        nameSuffix = try reader.string(fields["nameSuffix"] ?? .null, "nameSuffix") ?? ""
        commonLabels = try reader.pairs(fields["commonLabels"] ?? .null, "commonLabels")
        commonAnnotations = try reader.pairs(fields["commonAnnotations"] ?? .null, "commonAnnotations")
        for item in try reader.items(fields["labels"] ?? .null, "labels") {
            labels.append(LabelSet(
                pairs: try FieldReader(owner: "Label").pairs(item["pairs"], "labels.pairs"),
                includeSelectors: item["includeSelectors"].bool ?? false,
                includeTemplates: item["includeTemplates"].bool ?? false,
                fields: item["fields"].array.map(KustomizeFieldSpec.init(decoding:))))
        }
        for item in try reader.items(fields["images"] ?? .null, "images") {
            let image = FieldReader(owner: "Image.images")
            images.append(ImageChange(
                name: try image.string(item["name"], "name") ?? "", newName: try image.string(item["newName"], "newName") ?? "",
                newTag: try image.string(item["newTag"], "newTag") ?? "", digest: try image.string(item["digest"], "digest") ?? "",
                tagSuffix: try image.string(item["tagSuffix"], "tagSuffix") ?? ""))
        }
        for item in try reader.items(fields["replicas"] ?? .null, "replicas") {
            replicas.append((item["name"].string ?? "", item["count"].int ?? 0))
        }
        for item in try reader.items(fields["configMapGenerator"] ?? .null, "configMapGenerator") {
            configMapGenerator.append(try Self.generator(item, FieldReader(owner: "ConfigMapArgs.configMapGenerator")))
        }
        for item in try reader.items(fields["secretGenerator"] ?? .null, "secretGenerator") {
            secretGenerator.append(try Self.generator(item, FieldReader(owner: "SecretArgs.secretGenerator")))
        }
        if let options = fields["generatorOptions"], !options.isNull { generatorOptions = Self.options(options) }
        for item in try reader.items(fields["patches"] ?? .null, "patches") {
            patches.append(Patch(path: item["path"].string, patch: item["patch"].string, target: KustomizeSelector(item["target"])))
        }
        patchesStrategicMerge = try reader.strings(fields["patchesStrategicMerge"] ?? .null, "patchesStrategicMerge")
        for item in try reader.items(fields["patchesJson6902"] ?? .null, "patchesJson6902") {
            patchesJson6902.append(Patch(path: item["path"].string, patch: item["patch"].string, target: KustomizeSelector(item["target"])))
        }
        warnings = Self.deprecations.compactMap { field, message in
            fields[field].map { $0.isNull ? nil : message } ?? nil
        }
        if let field = Self.unsupportedFields.first(where: { fields[$0].map { !$0.isNull } ?? false }) {
            throw KustomizeError("the kustomization field '\(field)' is not part of this lab")
        }
    }

    /// The deprecated fields and kustomize's warning for each, in the order it checks them.
    static let deprecations: [(String, String)] = [
        ("bases", "'bases' is deprecated. Please use 'resources' instead."),
        ("commonLabels", "'commonLabels' is deprecated. Please use 'labels' instead."),
        ("imageTags", "'imageTags' is deprecated. Please use 'images' instead."),
        ("patchesJson6902", "'patchesJson6902' is deprecated. Please use 'patches' instead."),
        ("patchesStrategicMerge", "'patchesStrategicMerge' is deprecated. Please use 'patches' instead."),
    ].map { ($0.0, "# Warning: \($0.1) Run 'kustomize edit fix' to update your Kustomization automatically.") }

    private static func generator(_ item: JSONValue, _ reader: FieldReader) throws(KustomizeError) -> GeneratorArgs {
        GeneratorArgs(
            name: try reader.string(item["name"], "name") ?? "", namespace: try reader.string(item["namespace"], "namespace"),
            behavior: try reader.string(item["behavior"], "behavior") ?? "create",
            literals: try reader.strings(item["literals"], "literals"), files: try reader.strings(item["files"], "files"),
            envs: try reader.strings(item["envs"], "envs") + (try reader.string(item["env"], "env").map { [$0] } ?? []),
            type: try reader.string(item["type"], "type") ?? "", options: item["options"].isNull ? nil : options(item["options"]))
    }

    private static func options(_ value: JSONValue) -> GeneratorOptions {
        GeneratorOptions(
            labels: value["labels"].object.map { ($0.key, scalarText($0.value)) },
            annotations: value["annotations"].object.map { ($0.key, scalarText($0.value)) },
            disableNameSuffixHash: value["disableNameSuffixHash"].bool ?? false,
            immutable: value["immutable"].bool ?? false)
    }

    /// A scalar as the string a Go `string` field takes from YAML (`newTag: 1.27` is `1.27`).
    static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): "\(number)"
        case .bool(let flag): flag ? "true" : "false"
        default: ""
        }
    }
}

/// Reads typed fields of one struct, naming a mistyped one as Go's decoder does.
private struct FieldReader {
    var owner: String

    func mistyped(_ value: JSONValue, _ field: String, _ type: String) -> KustomizeError {
        KustomizeError(
            "invalid Kustomization: json: cannot unmarshal \(value.goJSONKind) into Go struct field \(owner).\(field) of type \(type)")
    }

    func string(_ value: JSONValue, _ field: String) throws(KustomizeError) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw mistyped(value, field, "string")
        }
    }

    func strings(_ value: JSONValue, _ field: String) throws(KustomizeError) -> [String] {
        switch value {
        case .null: return []
        case .array(let items):
            var texts: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw mistyped(item, field, "string") }
                texts.append(text)
            }
            return texts
        default: throw mistyped(value, field, "[]string")
        }
    }

    func pairs(_ value: JSONValue, _ field: String) throws(KustomizeError) -> [(String, String)] {
        switch value {
        case .null: return []
        case .object(let members):
            var pairs: [(String, String)] = []
            for (key, item) in members {
                guard case .string(let text) = item else { throw mistyped(item, field, "string") }
                pairs.append((key, text))
            }
            return pairs
        default: throw mistyped(value, field, "map[string]string")
        }
    }

    func items(_ value: JSONValue, _ field: String) throws(KustomizeError) -> [JSONValue] {
        switch value {
        case .null: return []
        case .array(let items): return items
        default: throw mistyped(value, field, "[]types.\(field)")
        }
    }
}
