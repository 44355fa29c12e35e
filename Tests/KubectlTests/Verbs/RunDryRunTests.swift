import Testing

/// `kubectl run --dry-run=client` prints the pod kubectl would send, in struct field order (C88-C91).
@Suite("kubectl run --dry-run=client")
struct RunDryRunTests {
    @Test("C88: the dry-run line")
    func line() throws {
        #expect(try KubectlHarness().run("run", "x", "--image=busybox", "--dry-run=client").out == "pod/x created (dry run)\n")
    }

    @Test("C89: as YAML")
    func yaml() throws {
        let out = try KubectlHarness().run("run", "dnscmd", "--image=busybox:1.36", "--dry-run=client", "-o", "yaml").out
        #expect(out == """
            apiVersion: v1
            kind: Pod
            metadata:
              creationTimestamp: null
              labels:
                run: dnscmd
              name: dnscmd
            spec:
              containers:
              - image: busybox:1.36
                name: dnscmd
                resources: {}
              dnsPolicy: ClusterFirst
              restartPolicy: Always
            status: {}

            """)
    }

    @Test("C90: as JSON, in struct field order with a null creationTimestamp")
    func json() throws {
        let out = try KubectlHarness().run("run", "dnscmd", "--image=busybox:1.36", "--dry-run=client", "-o", "json").out
        #expect(out == """
            {
                "kind": "Pod",
                "apiVersion": "v1",
                "metadata": {
                    "name": "dnscmd",
                    "creationTimestamp": null,
                    "labels": {
                        "run": "dnscmd"
                    }
                },
                "spec": {
                    "containers": [
                        {
                            "name": "dnscmd",
                            "image": "busybox:1.36",
                            "resources": {}
                        }
                    ],
                    "restartPolicy": "Always",
                    "dnsPolicy": "ClusterFirst"
                },
                "status": {}
            }

            """)
    }

    @Test("C91: ports, labels, env, restart policy and arguments")
    func everything() throws {
        let out = try KubectlHarness().run(
            "run", "nginx", "--image=nginx", "--port=80", "--labels=app=web,tier=fe", "--env=A=1", "--restart=Never",
            "--dry-run=client", "-o", "yaml", "--", "sleep", "3600"
        ).out
        #expect(out == """
            apiVersion: v1
            kind: Pod
            metadata:
              creationTimestamp: null
              labels:
                app: web
                tier: fe
              name: nginx
            spec:
              containers:
              - args:
                - sleep
                - "3600"
                env:
                - name: A
                  value: "1"
                image: nginx
                name: nginx
                ports:
                - containerPort: 80
                resources: {}
              dnsPolicy: ClusterFirst
              restartPolicy: Never
            status: {}

            """)
    }
}
