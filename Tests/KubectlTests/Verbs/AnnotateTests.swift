import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl annotate`: what it prints and what it changes (section 6: `pod/x annotated`).
@Suite("kubectl annotate")
struct AnnotateTests {
    @Test("sets and removes annotations, printing kind/name annotated")
    func annotate() throws {
        let h = try KubectlHarness()
        #expect(h.run("annotate", "pod", "goweb", "owner=team-a", "note=a=b").out == "pod/goweb annotated\n")
        var pod = try h.cluster.get(.pods, namespace: "default", name: "goweb")
        #expect(pod.annotations["owner"] == "team-a")
        #expect(pod.annotations["note"] == "a=b")
        #expect(h.run("annotate", "pod/goweb", "owner-").out == "pod/goweb annotated\n")
        pod = try h.cluster.get(.pods, namespace: "default", name: "goweb")
        #expect(pod.annotations["owner"] == nil)
    }

    @Test("a set value changes only with --overwrite")
    func overwrite() throws {
        let h = try KubectlHarness()
        _ = h.run("annotate", "pod", "goweb", "owner=a")
        let refused = h.run("annotate", "pod", "goweb", "owner=b")
        #expect(refused.err == "error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (a)\n")
        #expect(refused.code == 1)
        #expect(h.run("annotate", "pod", "goweb", "owner=b", "--overwrite").code == 0)
        #expect(try h.cluster.get(.pods, namespace: "default", name: "goweb").annotations["owner"] == "b")
    }

    @Test("a client dry run changes nothing")
    func dryRun() throws {
        let h = try KubectlHarness()
        #expect(h.run("annotate", "pod", "goweb", "x=1", "--dry-run=client").out == "pod/goweb annotated (dry run)\n")
        #expect(try h.cluster.get(.pods, namespace: "default", name: "goweb").annotations["x"] == nil)
    }
}

/// What the checker reads from the new verbs' command lines.
@Suite("writing verbs: meaning")
struct WritingVerbsMeaningTests {
    @Test("changes and subcommands are not names")
    func names() throws {
        let h = try KubectlHarness()
        let annotate = h.kubectl.meaning(of: ["kubectl", "annotate", "deploy", "web", "owner=a", "old-"])
        #expect(annotate?.resources == ["deployments"] && annotate?.names == ["web"])
        let setEnv = h.kubectl.meaning(of: ["kubectl", "set", "env", "deploy/web", "A=1"])
        #expect(setEnv?.resources == ["deployments"] && setEnv?.names == ["web"])
        let secret = h.kubectl.meaning(of: ["kubectl", "create", "secret", "generic", "db", "--from-literal=a=b"])
        #expect(secret?.resources == ["secrets"] && secret?.names == ["db"])
        let quota = h.kubectl.meaning(of: ["kubectl", "create", "quota", "q", "--hard=pods=2"])
        #expect(quota?.resources == ["resourcequotas"] && quota?.names == ["q"])
        let expose = h.kubectl.meaning(of: ["kubectl", "expose", "deploy/web", "--port=80"])
        #expect(expose?.resources == ["deployments"] && expose?.names == ["web"])
    }
}
