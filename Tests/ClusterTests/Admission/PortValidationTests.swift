import Cluster
import KubeAPI
import Testing

@Suite("port numbers and names, as the apiserver validates them")
struct PortValidationTests {
    private func refusal(_ yaml: String) throws -> String? {
        let cluster = try AdmissionFixture.cluster()
        let object = try AdmissionFixture.object(yaml)
        return AdmissionFixture.refusal { try cluster.create(object) }
    }

    @Test("a container port outside 1-65535 is refused with its path; 0 is a missing port")
    func containerPort() throws {
        let message = try refusal("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: dev}
            spec:
              containers:
              - name: web
                image: nginx
                ports: [{containerPort: 99999}, {containerPort: 0, hostPort: 70000}]
            """)
        #expect(message == """
            Pod "p" is invalid: [spec.containers[0].ports[0].containerPort: Invalid value: 99999: must be between 1 and 65535, inclusive, \
            spec.containers[0].ports[1].containerPort: Required value, \
            spec.containers[0].ports[1].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive]
            """)
    }

    @Test("a probe's port is a number in range or a valid port name; a template is checked as a pod")
    func probePorts() throws {
        let message = try refusal("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d, namespace: dev}
            spec:
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    livenessProbe: {httpGet: {port: 123456}}
                    readinessProbe: {tcpSocket: {port: Web}}
            """)
        #expect(message == """
            Deployment.apps "d" is invalid: [spec.template.spec.containers[0].livenessProbe.httpGet.port: Invalid value: 123456: must be between 1 and 65535, inclusive, \
            spec.template.spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: "Web": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)]
            """)
    }

    @Test("a Service's target port may be a name, but a valid one; an unset target takes the port")
    func serviceTargetPort() throws {
        let message = try refusal("""
            apiVersion: v1
            kind: Service
            metadata: {name: s, namespace: dev}
            spec:
              ports: [{port: 80, targetPort: my--port}]
            """)
        #expect(message == "Service \"s\" is invalid: spec.ports[0].targetPort: Invalid value: \"my--port\": must not contain consecutive hyphens")
        let cluster = try AdmissionFixture.cluster()
        let created = try cluster.create(try AdmissionFixture.object("""
            apiVersion: v1
            kind: Service
            metadata: {name: s, namespace: dev}
            spec:
              ports: [{port: 80, targetPort: 0}]
            """))
        #expect(created[path: "spec.ports"].array.first?["targetPort"] == 80)
    }
}
