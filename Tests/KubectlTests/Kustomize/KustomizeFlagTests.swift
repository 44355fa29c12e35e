import Kubectl
import Testing

/// `-k DIR` on the verbs that name objects through kubectl's file-name options, with the
/// messages kubectl 1.32 printed for the same command lines.
@Suite("-k on label, patch, scale, set, rollout, expose, autoscale and the others")
struct KustomizeFlagTests {
    /// `/home/u/web` builds the Deployment web (and with `configMap` a generated ConfigMap);
    /// `/home/u/empty` holds no kustomization. The Deployment is applied.
    private func lab(configMap: Bool = false) throws -> KubectlHarness {
        let generator = configMap ? "configMapGenerator:\n- name: cfg\n  literals:\n  - A=b\n" : ""
        let lab = try KubectlHarness.withFiles([
            "/home/u/web/kustomization.yaml": "resources:\n- deployment.yaml\n" + generator,
            "/home/u/web/deployment.yaml": ApplyTests.deployment,
            "/home/u/empty/notes.txt": "",
        ])
        #expect(lab.run("apply", "-k", "web").code == 0)
        return lab
    }

    @Test("each verb acts on the live objects the kustomization builds", arguments: [
        (["label", "-k", "web", "tier=front"], "deployment.apps/web labeled\n"),
        (["annotate", "-k", "web", "owner=a"], "deployment.apps/web annotated\n"),
        (["label", "--local", "-k", "web", "env=dev", "-o", "name"], "deployment.apps/web\n"),
        (["patch", "-k", "web", "-p", #"{"spec":{"replicas":3}}"#], "deployment.apps/web patched\n"),
        (["scale", "-k", "web", "--replicas=4"], "deployment.apps/web scaled\n"),
        (["set", "image", "-k", "web", "nginx=nginx:1.27"], "deployment.apps/web image updated\n"),
        (["set", "resources", "-k", "web", "--limits=cpu=1"], "deployment.apps/web resource requirements updated\n"),
        (["rollout", "restart", "-k", "web"], "deployment.apps/web restarted\n"),
        (["rollout", "pause", "-k", "web"], "deployment.apps/web paused\n"),
        (["expose", "-k", "web", "--port=80"], "service/web exposed\n"),
        (["autoscale", "-k", "web", "--max=3"], "horizontalpodautoscaler.autoscaling/web autoscaled\n"),
        (["run", "tmp", "--image=nginx", "-k", "web", "--dry-run=client"], "pod/tmp created (dry run)\n"),
    ])
    func acts(arguments: [String], output: String) throws {
        let result = try lab().run(arguments)
        #expect(result.err == "")
        #expect(result.out == output)
    }

    @Test("-f with -k, and -k with -R, are refused before anything is read", arguments: [
        ["label", "a=b"], ["patch", "-p", "{}"], ["scale", "--replicas=1"], ["set", "image", "nginx=x"],
        ["rollout", "status"], ["expose", "--port=80"], ["autoscale", "--max=2"], ["edit"],
        ["apply", "view-last-applied"], ["auth", "reconcile"],
    ])
    func sources(verb: [String]) throws {
        let lab = try lab()
        #expect(lab.run(verb + ["-f", "web/deployment.yaml", "-k", "web"]).err == "error: only one of -f or -k can be specified\n")
        #expect(lab.run(verb + ["-k", "web", "-R"]).err == "error: the -k flag can't be used with -f or -R\n")
        #expect(lab.run(verb + ["-f", "x.yaml", "-k", "web", "-R"]).err
            == "only one of -f or -k can be specified\nthe -k flag can't be used with -f or -R\n")
    }

    @Test("a directory without a kustomization, as each verb reports it", arguments: [
        (["patch", "-p", "{}"], "error: "),
        (["rollout", "status"], "error: "),
        (["rollout", "restart"], ""),
        (["rollout", "resume"], ""),
        (["get"], ""),
        (["describe"], ""),
        (["scale", "--replicas=1"], "error: no objects passed to scale "),
        (["auth", "reconcile"], "error: "),
    ])
    func noKustomization(verb: [String], prefix: String) throws {
        let message = "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/u/empty'"
        #expect(try lab().run(verb + ["-k", "empty"]).err == prefix + message + "\n")
    }

    @Test("resource arguments beside -k are the builder's error; set env counts only -f")
    func arguments() throws {
        let lab = try lab()
        #expect(lab.run("patch", "-k", "web", "deployment", "web", "-p", "{}").err
            == "error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n")
        #expect(lab.run("rollout", "restart", "-k", "web", "deployment/web").err
            == "error: resource/name arguments cannot be provided when a path is specified\n")
        #expect(lab.run("set", "env", "-k", "web", "A=B").err
            == "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n")
    }

    @Test("--local changes the built objects and sends nothing; resource arguments are refused with it")
    func local() throws {
        let lab = try lab()
        #expect(lab.run("patch", "-k", "web", "-p", #"{"spec":{"replicas":5}}"#, "--local").out == "deployment.apps/web patched\n")
        #expect(lab.run("set", "image", "-k", "web", "nginx=nginx:1.28", "--local").out == "deployment.apps/web image updated\n")
        #expect(lab.run("get", "deployment", "web", "-o", "jsonpath={.spec.replicas} {..image}").out == "2 nginx")
        #expect(lab.run("patch", "deployment", "web", "-p", "{}", "--local").err == "error: cannot specify --local and server resources\n")
        #expect(lab.run("set", "resources", "deployment/web", "--limits=cpu=1", "--local").err.hasPrefix(
            "error: you must specify resources by --filename when --local is set.\n"))
    }

    @Test("wait and apply set-last-applied have no -k")
    func withoutTheFlag() throws {
        let lab = try lab()
        #expect(lab.run("wait", "-k", "web", "--for=delete").err
            == "error: unknown shorthand flag: 'k' in -k\nSee 'kubectl wait --help' for usage.\n")
        #expect(lab.run("apply", "set-last-applied", "-k", "web").err
            == "error: unknown shorthand flag: 'k' in -k\nSee 'kubectl apply set-last-applied --help' for usage.\n")
    }

    @Test("rollout and set act on the Deployment and report the generated ConfigMap at the end")
    func mixedKinds() throws {
        let lab = try lab(configMap: true)
        let restart = lab.run("rollout", "restart", "-k", "web")
        #expect(restart.out == "deployment.apps/web restarted\n")
        #expect(restart.err == "error: configmaps \"cfg-b9t2424hkf\" restarting is not supported\n")
        #expect(lab.run("rollout", "history", "-k", "web").err
            == "error: error retrieving history for \"ConfigMap\", no visitor method exists for { ConfigMap}\n")
        let image = lab.run("set", "image", "-k", "web", "nginx=nginx:1.27")
        #expect(image.out == "deployment.apps/web image updated\n")
        #expect(image.err
            == "error: configmaps/cfg-b9t2424hkf the object is not a pod or does not have a pod template: *v1.ConfigMap\n")
    }

    @Test("rollout names a kind it cannot drive as a GroupKind prints", arguments: [
        (["status"], "error: no status viewer has been implemented for ReplicaSet.apps\n"),
        (["history"], "error: no history viewer has been implemented for \"ReplicaSet.apps\"\n"),
        (["undo"], "error: no rollbacker has been implemented for \"ReplicaSet.apps\"\n"),
    ])
    func groupKind(sub: [String], message: String) throws {
        let lab = try lab()
        let replicaSet = try #require(lab.run("get", "rs", "-o", "name").out.split(separator: "\n").first)
        #expect(lab.run(["rollout"] + sub + [String(replicaSet)]).err == message)
    }
}
