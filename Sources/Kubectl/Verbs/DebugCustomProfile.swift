import Cluster
import KubeAPI

/// `kubectl debug --custom=FILE`: a partial container spec, JSON or YAML, merged into the debug
/// container after the profile, as a strategic merge patch of a container would be.
struct DebugCustomProfile {
    var container: JSONValue

    /// Reads the file from the host, as kubectl's `Complete` does.
    init(file: String, _ context: VerbContext) throws(KubectlFailure) {
        guard let text = context.readFile?(file) else {
            throw .error("must pass a container spec json file for custom profile: open \(file): no such file or directory")
        }
        let value: JSONValue
        do {
            value = try YAMLDecoding.documents(text).first ?? .emptyObject
        } catch {
            throw .error("\(file) does not contain a valid container spec: \(error.message)")
        }
        let kind: String
        switch value {
        case .object: kind = ""
        case .array: kind = "array"
        case .string: kind = "string"
        case .bool: kind = "bool"
        case .null: kind = ""
        default: kind = "number"
        }
        guard kind.isEmpty else {
            throw .error(
                "\(file) does not contain a valid container spec: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type v1.Container")
        }
        container = value.isNull ? .emptyObject : value
    }

    /// What a custom profile may not set, checked in kubectl's `Validate`.
    func validate() throws(KubectlFailure) {
        let set = !container["name"].isNull || !container["command"].array.isEmpty || !container["image"].isNull
            || !container["lifecycle"].isNull || !container["volumeDevices"].array.isEmpty
        if set { throw .error("name, command, image, lifecycle and volume devices are not modifiable via custom profile") }
    }

    /// Merges the spec into the container `name` of the pod's `list`.
    func apply(to pod: inout JSONValue, container name: String, list: String, _ context: VerbContext) throws(KubectlFailure) {
        var item = container
        item["name"] = .string(name)
        var spec = JSONValue.emptyObject
        spec[list] = .array([item])
        let patch: JSONValue = ["spec": spec]
        do {
            pod = try StrategicMergePatch.apply(patch, to: pod, meta: try context.cluster.patchMeta(for: .pods))
        } catch let error as PatchError {
            throw .error("error creating three way patch to add debug container: \(error.message)")
        } catch let failure as KubectlFailure {
            throw failure
        } catch {
            throw .error("\(error)")
        }
    }
}
