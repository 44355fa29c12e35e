import Cluster
import KubeAPI

/// The API calls describers make: the reads a real client's describers make of the apiserver.
protocol DescribeSource {
    var now: Timestamp { get }
    func list(_ type: ResourceType, namespace: String?, selector: LabelSelector) -> [KubeObject]
    func get(_ type: ResourceType, namespace: String?, name: String) throws(APIError) -> KubeObject
}

extension Cluster: DescribeSource {}

/// What a describer reads besides its object: the API, the time, and the settings.
struct DescribeContext {
    var source: any DescribeSource
    /// `--show-events`.
    var showEvents = true
    /// Where `-v` logs the requests describers send.
    var log: RequestLog?

    var now: Timestamp { source.now }

    /// Objects of `type` in `namespace` (nil: every namespace), as the API lists them.
    func list(_ type: ResourceType, namespace: String?, selector: LabelSelector = LabelSelector()) -> [KubeObject] {
        source.list(type, namespace: namespace, selector: selector)
    }

    /// `searchEvents`: the events about `object`, nil when events are not shown.
    ///
    /// An event matches on the involved object's name, namespace, UID and (except for pods,
    /// whose reference drops it) kind. `uid` replaces the object's own UID; `extraUIDs` are
    /// looked for besides it.
    func events(
        for object: KubeObject, kindMatters: Bool = true, uid: String? = nil, extraUIDs: [String] = []
    ) -> [KubeObject]? {
        guard showEvents else { return nil }
        let namespace = object.namespace
        let uids = [uid ?? object.uid] + extraUIDs
        log?.answered(Self.eventSearch(for: object, kindMatters: kindMatters, uid: uids[0]), status: 200)
        return list(.events, namespace: namespace).filter { event in
            let involved = event.value["involvedObject"]
            guard involved["name"].string == object.name else { return false }
            if !uids[0].isEmpty && !uids.contains(involved["uid"].string ?? "") { return false }
            if kindMatters && involved["kind"].string != object.kind { return false }
            return namespace == nil || (involved["namespace"].string ?? "") == namespace
        }
    }

    /// Logs the GET a kind's own describer reads its object with, through the typed client.
    func logTypedRead(of object: KubeObject) {
        guard let log, Describers.readsAgain(object), let type = ResourceResolver.resolve(object.kind) else { return }
        log.answered(.get(type, namespace: object.namespace, name: object.name, accept: ServerRequest.MediaTypes.protobuf), status: 200)
    }

    /// The typed client's list of the events about `object`, by a field selector on the
    /// reference's name, namespace, kind and UID (built from a Go map, so in any order; the lab
    /// sorts them), 500 at a time.
    static func eventSearch(for object: KubeObject, kindMatters: Bool, uid: String) -> ServerRequest {
        var terms = [("involvedObject.name", object.name)]
        if let namespace = object.namespace { terms.append(("involvedObject.namespace", namespace)) }
        if kindMatters { terms.append(("involvedObject.kind", object.kind)) }
        if !uid.isEmpty { terms.append(("involvedObject.uid", uid)) }
        let selector = terms.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
        return .list(
            .events, namespace: object.namespace, query: ["fieldSelector": selector, "limit": "500"],
            accept: ServerRequest.MediaTypes.protobuf)
    }

    /// `translateTimestampSince`: how long ago, `<unknown>` for a missing time.
    func since(_ field: JSONValue) -> String {
        HumanDuration.since(field.string.flatMap(Timestamp.init(rfc3339:)), now: now)
    }
}

/// Time fields as describe prints them.
enum DescribeTime {
    /// `Time.Format(time.RFC1123Z)` in the lab's zone (UTC); a missing time is Go's zero time.
    static func rfc1123Z(_ field: JSONValue) -> String {
        guard let time = field.string.flatMap(Timestamp.init(rfc3339:)) else { return zero }
        return time.rfc1123Z
    }

    /// Go's `time.Time.String()` in UTC: `2025-04-23 07:00:00 +0000 UTC`.
    static func goString(_ field: JSONValue) -> String {
        guard let rfc = field.string.flatMap(Timestamp.init(rfc3339:))?.rfc3339 else {
            return "0001-01-01 00:00:00 +0000 UTC"
        }
        return "\(rfc.prefix(10)) \(rfc.dropFirst(11).prefix(8)) +0000 UTC"
    }

    /// Go's zero `time.Time` in RFC1123Z.
    static let zero = "Mon, 01 Jan 0001 00:00:00 +0000"
}
