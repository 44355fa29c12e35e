@testable import Cluster
import KubeAPI
import Testing

@Suite("Image names and what images do")
struct ImageCatalogTests {
    @Test(
        "names resolve as containerd resolves them",
        arguments: [
            ("nginx", "docker.io/library/nginx:latest"),
            ("nginx:1.27", "docker.io/library/nginx:1.27"),
            ("rancher/local-path-provisioner:v0.0.31", "docker.io/rancher/local-path-provisioner:v0.0.31"),
            ("registry.k8s.io/pause:3.10", "registry.k8s.io/pause:3.10"),
            ("dkreg.taroko:5000/goweb:1.0", "dkreg.taroko:5000/goweb:1.0"),
            ("localhost/app", "localhost/app:latest"),
        ])
    func canonical(_ name: String, _ expected: String) {
        #expect(ImageReference(name).canonical == expected)
    }

    /// ASCII names are split as bytes and others as characters: both ways split odd names alike.
    @Test(
        "odd names split into registry, path and tag as containerd's parser splits them",
        arguments: [
            ("/a/b", "docker.io", "/a/b", "latest"),
            ("a//b", "docker.io", "a//b", "latest"),
            ("x:y:z", "docker.io", "library/x:y", "z"),
            ("a:1/b", "a:1", "b", "latest"),
            ("localhost:5000/x:1", "localhost:5000", "x", "1"),
            ("a.b/c/d:e@sha256:f", "a.b", "c/d:e", "sha256:f"),
            ("x@y@z", "docker.io", "library/x", "y@z"),
            ("café/x:1", "docker.io", "café/x", "1"),
            ("r.io/café:1", "r.io", "café", "1"),
        ])
    func parts(_ name: String, _ registry: String, _ path: String, _ tag: String) {
        let reference = ImageReference(name)
        #expect([reference.registry, reference.path, reference.tag] == [registry, path, tag])
    }

    @Test(
        "commands run for as long as they would",
        arguments: [
            (["sleep", "5"], ContainerRun.exits(afterMilliseconds: 5000, code: 0)),
            (["sleep", "1m"], .exits(afterMilliseconds: 60000, code: 0)),
            (["sleep", "infinity"], .forever),
            (["sh", "-c", "exit 3"], .exits(afterMilliseconds: 0, code: 3)),
            (["/bin/sh", "-c", "sleep 2; exit 1"], .exits(afterMilliseconds: 2000, code: 1)),
            (["sh", "-c", "echo hi && sleep 3"], .exits(afterMilliseconds: 3000, code: 0)),
            (["sh", "-c", "while true; do sleep 1; done"], .forever),
            (["false"], .exits(afterMilliseconds: 0, code: 1)),
            (["true"], .exits(afterMilliseconds: 0, code: 0)),
            (["echo", "hello"], .exits(afterMilliseconds: 0, code: 0)),
            (["sh"], .exits(afterMilliseconds: 0, code: 0)),
            (["nginx", "-g", "daemon off;"], .forever),
        ])
    func commands(_ argv: [String], _ expected: ContainerRun) {
        let image = ImageCatalog.Image(tags: [], sizeBytes: 0, defaultRun: .forever)
        #expect(ContainerRun.of(command: argv, args: [], image: image, env: []) == expected)
    }

    @Test("the lab's catalog: busybox's sh exits at once, postgres needs a password, unknown names do not exist")
    func worldCatalog() throws {
        let catalog = try WorldFixture.tk8s().runtime.images
        guard case .found(let busybox) = catalog.lookup("busybox:1.36") else { Issue.record("busybox missing"); return }
        #expect(busybox.defaultRun == .exits(afterMilliseconds: 0, code: 0))
        guard case .found(let postgres) = catalog.lookup("postgres") else { Issue.record("postgres missing"); return }
        #expect(ContainerRun.of(command: [], args: [], image: postgres, env: []) == .exits(afterMilliseconds: 0, code: 1))
        #expect(ContainerRun.of(command: [], args: [], image: postgres, env: ["POSTGRES_PASSWORD"]) == .forever)
        for image in ["nginx", "httpd", "alpine", "redis", "mysql", "registry.k8s.io/pause:3.10",
            "registry.k8s.io/e2e-test-images/agnhost:2.39", "registry.k8s.io/coredns/coredns:v1.11.3",
            "gcr.io/google-samples/kubernetes-bootcamp:v1"] {
            guard case .found = catalog.lookup(image) else { Issue.record("\(image) missing"); continue }
        }
        guard case .missingTag = catalog.lookup("nginx:doesnotexist") else { Issue.record("tag found"); return }
        // The tutorial's broken update: v10 of the bootcamp does not exist.
        guard case .missingTag = catalog.lookup("gcr.io/google-samples/kubernetes-bootcamp:v10") else {
            Issue.record("bootcamp v10 found")
            return
        }
        guard case .missingRepository = catalog.lookup("nginxx") else { Issue.record("repository found"); return }
    }

    @Test("durations print as Go prints them", arguments: [(800, "800ms"), (4409, "4.409s"), (1200, "1.2s"), (12000, "12s"), (64500, "1m4.5s")])
    func goDuration(_ milliseconds: Int64, _ expected: String) {
        #expect(GoDuration.format(milliseconds: milliseconds) == expected)
    }
}
