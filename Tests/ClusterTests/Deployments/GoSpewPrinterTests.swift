import KubeAPI
import Testing

@testable import Cluster

/// Expected texts are go-spew's own output for the same typed values (k8s.io/api v0.32.2).
@Suite("Stored values print as go-spew prints the Go values a controller decodes")
struct GoSpewPrinterTests {
    private func text(_ json: JSONValue, as type: String) -> String {
        String(decoding: GoSpewPrinter.format(json, as: type), as: UTF8.self)
    }

    @Test("a struct shows every field with its type; pointers show their target, nil ones <nil>")
    func structFields() {
        let toleration: JSONValue = [
            "key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute",
            "tolerationSeconds": 60,
        ]
        #expect(
            text(toleration, as: "v1.Toleration")
                == "(v1.Toleration){Key:(string)node.kubernetes.io/unreachable Operator:(v1.TolerationOperator)Exists "
                + "Value:(string) Effect:(v1.TaintEffect)NoExecute TolerationSeconds:(*int64)60}")
    }

    @Test("slices and maps hold untyped elements; empty ones are nil; map keys are sorted")
    func collections() {
        let selector: JSONValue = ["matchLabels": ["tier": "web", "app": "x"], "matchExpressions": []]
        #expect(
            text(selector, as: "v1.LabelSelector")
                == "(v1.LabelSelector){MatchLabels:(map[string]string)map[app:x tier:web] "
                + "MatchExpressions:([]v1.LabelSelectorRequirement)<nil>}")
    }

    @Test("a quantity keeps its text only where Go's parser does (not for whole multiples of 8 binary units)")
    func quantities() {
        #expect(
            text(["memory": "128Mi"], as: "v1.ResourceList")
                == "(v1.ResourceList)map[memory:{i:(resource.int64Amount){value:(int64)134217728 scale:(resource.Scale)0} "
                + "d:(resource.infDecAmount){Dec:(*inf.Dec)<nil>} s:(string) Format:(resource.Format)BinarySI}]")
        #expect(
            text(["memory": "1G"], as: "v1.ResourceList")
                == "(v1.ResourceList)map[memory:{i:(resource.int64Amount){value:(int64)1 scale:(resource.Scale)9} "
                + "d:(resource.infDecAmount){Dec:(*inf.Dec)<nil>} s:(string)1G Format:(resource.Format)DecimalSI}]")
    }

    @Test("a port is an IntOrString of type 0 or 1")
    func intOrString() {
        #expect(
            text(["port": "http"], as: "v1.TCPSocketAction")
                == "(v1.TCPSocketAction){Port:(intstr.IntOrString){Type:(intstr.Type)1 IntVal:(int32)0 StrVal:(string)http} "
                + "Host:(string)}")
    }

    @Test("a time is Go's zero time when null, else seconds since year 1 in the controller's UTC zone")
    func times() {
        let zero = "(v1.Time){Time:(time.Time){wall:(uint64)0 ext:(int64)0 loc:(*time.Location)<nil>}}"
        #expect(text(.null, as: "v1.Time") == zero)
        #expect(
            text("2025-04-21T09:06:02Z", as: "v1.Time")
                == "(v1.Time){Time:(time.Time){wall:(uint64)0 ext:(int64)63880823162 loc:(*time.Location){name:(string)UTC "
                + "zone:([]time.zone)<nil> tx:([]time.zoneTrans)<nil> extend:(string) cacheStart:(int64)0 "
                + "cacheEnd:(int64)0 cacheZone:(*time.zone)<nil>}}}")
    }
}
