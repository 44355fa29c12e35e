import KubeAPI
import Testing

@testable import Cluster

@Suite("StatefulSet revision names as history.HashControllerRevision makes them")
struct ControllerRevisionHashTests {
    @Test("FNV-1 (not 1a) over encoding/json's bytes of the patch, then the collision count")
    func nginxTemplate() {
        let template: JSONValue = [
            "metadata": ["creationTimestamp": .null, "labels": ["app": "nginx"]],
            "spec": [
                "containers": [[
                    "image": "nginx", "imagePullPolicy": "Always", "name": "nginx", "resources": [:],
                    "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File",
                ]],
                "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler",
                "securityContext": [:], "terminationGracePeriodSeconds": 30,
            ],
        ]
        let data = Cluster.revisionData(template)
        var bytes: [UInt8] = []
        GoJSON.append(data, sortingKeys: true, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"{"spec":{"template":{"$patch":"replace","metadata":{"creationTimestamp":null,"#))
        #expect(ControllerRevisionHash.of(data, collisionCount: 0) == "5d85c59ddf")
        #expect(ControllerRevisionHash.of(data, collisionCount: 1) != "5d85c59ddf")
        #expect(ControllerRevisionHash.fnv32(Array("a".utf8)) == 0x050c_5d7e)
    }

    @Test("strings escape as Go's encoder does, HTML characters included")
    func escapes() {
        var bytes: [UInt8] = []
        GoJSON.append(["k": "a<b>&\"\\\n\u{1}"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"k":"a\u003cb\u003e\u0026\"\\\n\u0001"}"#)
    }
}
