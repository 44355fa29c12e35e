import KubeAPI
import Testing

@testable import Cluster

/// Service, Endpoints, EndpointSlice and Ingress rows (kubectl-output-cases.md A38-A41, A65-A70, A74-A75).
@Suite struct NetworkTableTests {
    func service(_ name: String, _ spec: String, status: String = "{}") -> String {
        Self.service(name, spec, status: status)
    }

    static func service(_ name: String, _ spec: String, status: String = "{}") -> String {
        "apiVersion: v1\nkind: Service\nmetadata: {name: \(name)}\nspec: \(spec)\nstatus: \(status)\n"
    }

    @Test func a38_loadBalancerIngressIPs() throws {
        let yaml = service(
            "service1", "{type: LoadBalancer, clusterIPs: [1.2.3.4], ports: [{port: 80, protocol: TCP}]}",
            status: "{loadBalancer: {ingress: [{ip: 2.3.4.5}, {ip: 3.4.5.6}]}}")
        #expect(
            try TableFixture.visibleCells(.services, yaml) == [
                "service1", "LoadBalancer", "1.2.3.4", "2.3.4.5,3.4.5.6", "80/TCP", "<unknown>",
            ])
    }

    @Test func a39_pendingLoadBalancerWithSeveralPorts() throws {
        let ports =
            "[{port: 80, protocol: TCP}, {port: 8090, protocol: UDP}, {port: 8000, protocol: TCP}, {port: 7777, protocol: SCTP}]"
        let yaml = service("service2", "{type: LoadBalancer, clusterIPs: [1.3.4.5], ports: \(ports)}")
        #expect(
            try TableFixture.visibleCells(.services, yaml) == [
                "service2", "LoadBalancer", "1.3.4.5", "<pending>", "80/TCP,8090/UDP,8000/TCP,7777/SCTP", "<unknown>",
            ])
    }

    static let threeIngresses = service(
        "service3",
        "{type: LoadBalancer, clusterIPs: [1.2.3.4], ports: [{port: 80, protocol: TCP}], selector: {foo: bar}}",
        status: "{loadBalancer: {ingress: [{ip: 2.3.4.5}, {ip: 3.4.5.6}, {ip: 5.6.7.8, hostname: host5678}]}}")

    @Test func a40_narrowLoadBalancerIsClipped() throws {
        let object = try TableFixture.object(Self.threeIngresses)
        let cells = ServerTables.Service.cells(of: object, now: TableFixture.now, wide: false)
        #expect(cells[3] == "2.3.4.5,3.4.5...")
    }

    @Test func a41_serverTablesAreWide() throws {
        let cells = try TableFixture.cells(.services, Self.threeIngresses)
        #expect(cells[3] == "2.3.4.5,3.4.5.6,5.6.7.8")
        #expect(cells[6] == "foo=bar")
    }

    @Test func otherServiceTypes() throws {
        let headless = service("h", "{type: ClusterIP, clusterIP: None, clusterIPs: [None]}")
        #expect(
            try TableFixture.visibleCells(.services, headless) == [
                "h", "ClusterIP", "None", "<none>", "<none>", "<unknown>",
            ])
        let external = service(
            "e", "{type: ExternalName, externalName: example.com, ports: [{port: 80, protocol: TCP}]}")
        #expect(
            try TableFixture.visibleCells(.services, external) == [
                "e", "ExternalName", "<none>", "example.com", "80/TCP", "<unknown>",
            ])
        let nodePort = service(
            "n",
            "{type: NodePort, clusterIPs: [10.0.0.1], externalIPs: [9.9.9.9, 8.8.8.8], ports: [{port: 80, nodePort: 31234, protocol: TCP}]}"
        )
        #expect(try TableFixture.visibleCells(.services, nodePort)[3...4] == ["9.9.9.9,8.8.8.8", "80:31234/TCP"])
        let balancerWithExternal = service(
            "b", "{type: LoadBalancer, clusterIPs: [10.0.0.2], externalIPs: [9.9.9.9]}",
            status: "{loadBalancer: {ingress: [{hostname: lb.example.com}]}}")
        #expect(try TableFixture.visibleCells(.services, balancerWithExternal)[3] == "lb.example.com,9.9.9.9")
    }

    func endpoints(_ name: String, _ subsets: String, age: Int64 = 0) -> String {
        "apiVersion: v1\nkind: Endpoints\nmetadata: {name: \(name), creationTimestamp: '\(TableFixture.ago(age))'}\nsubsets: \(subsets)\n"
    }

    @Test func a65_noSubsets() throws {
        #expect(try TableFixture.cells(.endpoints, endpoints("endpoint1", "[]")) == ["endpoint1", "<none>", "0s"])
    }

    @Test func a66_addressesWithoutPorts() throws {
        let yaml = endpoints("endpoint3", "[{addresses: [{ip: 1.2.3.4}, {ip: 5.6.7.8}]}]", age: 300)
        #expect(try TableFixture.cells(.endpoints, yaml) == ["endpoint3", "1.2.3.4,5.6.7.8", "5m"])
    }

    @Test func a67_oneAddressPerPort() throws {
        let yaml = endpoints(
            "endpoint2", "[{addresses: [{ip: 1.2.3.4}, {ip: 5.6.7.8}], ports: [{port: 8001, protocol: TCP}]}]")
        #expect(try TableFixture.cells(.endpoints, yaml) == ["endpoint2", "1.2.3.4:8001,5.6.7.8:8001", "0s"])
    }

    @Test func a68_moreThanThree() throws {
        let yaml = endpoints(
            "endpoint4",
            "[{addresses: [{ip: 1.2.3.4}, {ip: 5.6.7.8}, {ip: 9.8.7.6}, {ip: 6.6.6.6}], ports: [{port: 8001, protocol: TCP}]}]"
        )
        #expect(try TableFixture.cells(.endpoints, yaml)[1] == "1.2.3.4:8001,5.6.7.8:8001,9.8.7.6:8001 + 1 more...")
    }

    @Test func endpointsAddressesVaryFastestAndSkipNotReady() throws {
        let yaml = endpoints(
            "kube-dns",
            """
            [{addresses: [{ip: 10.244.0.2}, {ip: 10.244.0.4}], notReadyAddresses: [{ip: 10.244.0.9}], \
            ports: [{name: dns-tcp, port: 53}, {name: dns, port: 53}, {name: metrics, port: 9153}]}]
            """)
        #expect(try TableFixture.cells(.endpoints, yaml)[1] == "10.244.0.2:53,10.244.0.4:53,10.244.0.2:53 + 3 more...")
        let ipv6 = endpoints("v6", "[{addresses: [{ip: 'fd00::1'}], ports: [{port: 80}]}]")
        #expect(try TableFixture.cells(.endpoints, ipv6)[1] == "[fd00::1]:80")
    }

    func slice(_ ports: String, _ endpoints: String) -> String {
        """
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: abcslice.123, creationTimestamp: '\(TableFixture.ago(0))'}
        addressType: IPv4
        ports: \(ports)
        endpoints: \(endpoints)
        """
    }

    @Test func a69_endpointSlice() throws {
        let yaml = slice("[{name: http, port: 80}]", "[{addresses: [10.1.2.3]}, {addresses: ['2001:db8::1234:5678']}]")
        #expect(
            try TableFixture.cells(ExtraTypes.endpointSlices, yaml) == [
                "abcslice.123", "IPv4", "80", "10.1.2.3,2001:db8::1234:5678", "0s",
            ])
    }

    @Test func a70_endpointSliceMoreThanThree() throws {
        let yaml = slice(
            "[{port: 80}, {port: 443}, {port: 3000}, {port: 3001}]",
            "[{addresses: [10.1.2.3, '2001:db8::1234:5678']}, {addresses: [10.2.3.4, 10.2.3.5]}]")
        let cells = try TableFixture.cells(ExtraTypes.endpointSlices, yaml)
        #expect(cells[2] == "80,443,3000 + 1 more...")
        #expect(cells[3] == "10.1.2.3,2001:db8::1234:5678,10.2.3.4 + 1 more...")
        let empty = try TableFixture.cells(ExtraTypes.endpointSlices, slice("[{name: http}, {}]", "[]"))
        #expect(empty[2...3] == ["http,*", "<unset>"])
    }

    @Test func a74_ingressWithDefaultBackend() throws {
        let yaml = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: test1, creationTimestamp: '\(TableFixture.ago(10 * 365 * 86_400))'}
            spec: {ingressClassName: foo, defaultBackend: {service: {name: svc, port: {number: 80}}}}
            status: {loadBalancer: {ingress: [{ip: 2.3.4.5, hostname: localhost.localdomain}]}}
            """
        #expect(try TableFixture.cells(ExtraTypes.ingresses, yaml) == ["test1", "foo", "*", "2.3.4.5", "80", "10y"])
    }

    @Test func ingressHostsAndTLS() throws {
        let yaml = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: many}
            spec:
              rules: [{host: a.example}, {}, {host: c.example}, {host: d.example}, {host: e.example}]
              tls: [{hosts: [a.example]}]
            """
        let cells = try TableFixture.cells(ExtraTypes.ingresses, yaml)
        #expect(cells[1...4] == ["<none>", "a.example,c.example,d.example + 2 more...", "", "80, 443"])
    }

    @Test(arguments: [
        ("{kind: customgroup, name: example}", "customgroup/example"),
        ("{apiGroup: example.com, kind: customgroup, name: example}", "customgroup.example.com/example"),
        ("null", "<none>"),
    ])
    func a75_ingressClassParameters(parameters: String, expected: String) throws {
        let yaml = """
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: test1}
            spec: {controller: example.com/controller, parameters: \(parameters)}
            """
        #expect(
            try TableFixture.cells(ExtraTypes.ingressClasses, yaml) == [
                "test1", "example.com/controller", .string(expected), "<unknown>",
            ])
    }
}
