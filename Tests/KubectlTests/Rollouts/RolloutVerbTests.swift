import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl create deployment, scale, set image and rollout print what kubectl 1.32 prints")
struct RolloutVerbTests {
    /// A lab with `web` (3 × nginx:1.27) created and running.
    static func lab() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx:1.27", "--replicas=3")
        lab.cluster.advance(seconds: 30)
        return lab
    }

    @Test("create deployment labels app=NAME and names the container after the image")
    func createDeployment() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "create", "deployment", "dns", "--image=registry.k8s.io/coredns/coredns:v1.11.3", "--port=53")
        #expect(result.out == "deployment.apps/dns created\n" && result.code == 0)
        let dns = try lab.cluster.get(.deployments, namespace: "default", name: "dns")
        #expect(dns.labels == ["app": "dns"])
        #expect(dns[path: "spec.template.spec.containers"][0]["name"].string == "coredns")
        #expect(dns[path: "spec.template.spec.containers"][0][path: "ports"][0]["containerPort"].int == 53)
        #expect(dns[path: "spec.replicas"].int == 1)
        #expect(
            lab.run("create", "deployment", "dns", "--image=nginx").err
                == "error: failed to create deployment: deployments.apps \"dns\" already exists\n")
        #expect(lab.run("create", "deployment", "x").err == "error: required flag(s) \"image\" not set\n")
        #expect(
            lab.run("create", "deployment", "--image=nginx").err
                == "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n"
        )
    }

    @Test("a command after -- is the container's command; only the words before it count as the NAME")
    func createWithCommand() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("create", "deployment", "y", "--image=nginx", "--dry-run=client", "-o", "yaml", "--", "sleep", "10").out
                == """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  creationTimestamp: null
                  labels:
                    app: "y"
                  name: "y"
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: "y"
                  strategy: {}
                  template:
                    metadata:
                      creationTimestamp: null
                      labels:
                        app: "y"
                    spec:
                      containers:
                      - command:
                        - sleep
                        - "10"
                        image: nginx
                        name: nginx
                        resources: {}
                status: {}

                """)
        #expect(lab.run("create", "namespace", "x", "--dry-run=client", "--", "foo").out == "namespace/x created (dry run)\n")
        #expect(
            lab.run("create", "deployment", "a", "b", "--image=nginx").err
                == "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n")
    }

    @Test("scale by TYPE NAME or TYPE/NAME; --replicas is required")
    func scale() throws {
        let lab = try Self.lab()
        #expect(lab.run("scale", "deploy/web", "--replicas=5").out == "deployment.apps/web scaled\n")
        #expect(try lab.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"].int == 5)
        #expect(lab.run("scale", "deployment", "web", "--replicas=0").out == "deployment.apps/web scaled\n")
        let missing = lab.run("scale", "deployment", "web")
        #expect(missing.err == "error: required flag(s) \"replicas\" not set\n")
        #expect(
            lab.run("scale", "deployment", "web", "--replicas=-1").err
                == "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n")
        #expect(missing.code == 1)
        #expect(
            lab.run("scale", "deployment", "nosuch", "--replicas=1").err
                == "error: no objects passed to scale deployments.apps \"nosuch\" not found\n")
    }

    @Test("set image updates the named container, or says which one it cannot find")
    func setImage() throws {
        let lab = try Self.lab()
        #expect(
            lab.run("set", "image", "deployment/web", "nginx=nginx:1.28").out == "deployment.apps/web image updated\n")
        #expect(lab.run("set", "image", "deployment/web", "nginx=nginx:1.28").out == "")
        let wrong = lab.run("set", "image", "deployment/web", "web=nginx:1.28")
        #expect(wrong.err == "error: unable to find container named \"web\"\n" && wrong.code == 1)
        #expect(lab.run("set", "image", "deployment/web").err == "error: at least one image update is required\n")
        #expect(
            lab.run("set", "image", "nginx=nginx:1.28").err.hasPrefix("error: You must provide one or more resources"))
    }

    @Test("rollout status prints each new state of the rollout until it is done")
    func status() throws {
        let lab = try Self.lab()
        _ = lab.run("set", "image", "deployment/web", "nginx=nginx:1.28")
        let result = lab.run("rollout", "status", "deployment/web")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...")
        #expect(lines.last == "deployment \"web\" successfully rolled out")
        #expect(
            lines.contains(
                "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination..."))
        #expect(lab.run("rollout", "status", "deploy/web").out == "deployment \"web\" successfully rolled out\n")
        #expect(
            lab.run("rollout", "status", "deploy/web", "--revision=1").err
                == "error: desired revision (1) is different from the running revision (2)\n")
    }

    @Test("history lists each kept revision; undo goes back and takes the next number")
    func historyAndUndo() throws {
        let lab = try Self.lab()
        #expect(
            lab.run("rollout", "undo", "deployment/web").err
                == "error: no rollout history found for deployment \"web\"\n")
        _ = lab.run("set", "image", "deployment/web", "nginx=nginx:1.28")
        lab.cluster.advance(seconds: 60)
        #expect(
            lab.run("rollout", "history", "deployment/web").out
                == "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        #expect(
            lab.run("rollout", "undo", "deployment/web", "--to-revision=9").err
                == "error: unable to find specified revision 9 in history\n")
        #expect(
            lab.run("rollout", "undo", "deployment/web", "--to-revision=2").out
                == "deployment.apps/web skipped rollback (current template already matches revision 2)\n")
        #expect(lab.run("rollout", "undo", "deployment/web").out == "deployment.apps/web rolled back\n")
        lab.cluster.advance(seconds: 60)
        #expect(
            lab.run("rollout", "history", "deploy", "web").out
                == "deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n")
        let image = try lab.cluster.get(.deployments, namespace: "default", name: "web")[
            path: "spec.template.spec.containers"][0]["image"]
        #expect(image.string == "nginx:1.27")
    }

    @Test("undo --dry-run=client shows the template it would go back to and changes nothing")
    func undoClientDryRun() throws {
        let lab = try Self.lab()
        _ = lab.run("set", "image", "deployment/web", "nginx=nginx:1.28")
        lab.cluster.advance(seconds: 60)
        let out = lab.run("rollout", "undo", "deployment/web", "--dry-run=client").out
        #expect(out.hasPrefix("deployment.apps/web Pod Template:\n  Labels:\tapp=web\n\tpod-template-hash="))
        #expect(out.contains("    Image:\tnginx:1.27\n"))
        #expect(out.hasSuffix("  Tolerations:\t<none>\n (dry run)\n"))
        #expect(lab.run("rollout", "undo", "deployment/web", "--dry-run=client", "-o", "name").out == "deployment.apps/web\n")
        // -o prints the Deployment as fetched, before any rollback.
        let yaml = lab.run("rollout", "undo", "deployment/web", "--dry-run=client", "-o", "yaml").out
        #expect(yaml.contains("    deployment.kubernetes.io/revision: \"2\"\n") && yaml.contains("image: nginx:1.28\n"))
        #expect(
            lab.run("rollout", "undo", "deployment/web", "--dry-run=server").out
                == "deployment.apps/web rolled back (server dry run)\n")
        #expect(
            lab.run("rollout", "undo", "deployment/web", "--to-revision=2", "--dry-run=server").out
                == "deployment.apps/web skipped rollback (current template already matches revision 2) (server dry run)\n")
        let image = try lab.cluster.get(.deployments, namespace: "default", name: "web")[
            path: "spec.template.spec.containers"][0]["image"]
        #expect(image.string == "nginx:1.28")
    }

    @Test("pause, resume and restart, with kubectl's errors when they cannot apply")
    func pauseResumeRestart() throws {
        let lab = try Self.lab()
        #expect(lab.run("rollout", "resume", "deployment/web").err == "error: deployments.apps \"web\" is not paused\n")
        #expect(lab.run("rollout", "pause", "deployment/web").out == "deployment.apps/web paused\n")
        #expect(
            lab.run("rollout", "pause", "deployment/web").err == "error: deployments.apps \"web\" is already paused\n")
        #expect(
            lab.run("rollout", "restart", "deployment/web").err
                == "error: deployments.apps \"web\" can't restart paused deployment (run rollout resume first)\n")
        #expect(
            lab.run("rollout", "undo", "deployment/web").err
                == "error: no rollout history found for deployment \"web\"\n")
        #expect(lab.run("rollout", "resume", "deployment/web").out == "deployment.apps/web resumed\n")
        #expect(lab.run("rollout", "restart", "deployment/web").out == "deployment.apps/web restarted\n")
        let web = try lab.cluster.get(.deployments, namespace: "default", name: "web")
        #expect(
            web[path: "spec.template.metadata.annotations"]["kubectl.kubernetes.io/restartedAt"].string
                == lab.cluster.now.rfc3339)
        #expect(
            lab.run("rollout", "restart", "deployment/web").err.hasPrefix("error: failed to create patch for web: "))
        lab.cluster.advance(seconds: 60)
        #expect(lab.run("rollout", "history", "deployment/web").out.hasSuffix("1         <none>\n2         <none>\n\n"))
    }

    @Test("rollout without a known subcommand")
    func unknownSubcommand() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("rollout", "frobnicate", "deploy/web").err
                == "error: unknown command \"frobnicate deploy/web\"\nSee 'kubectl rollout -h' for help and examples\n")
        #expect(lab.run("rollout", "status").err == "error: required resource not specified\n")
    }
}
