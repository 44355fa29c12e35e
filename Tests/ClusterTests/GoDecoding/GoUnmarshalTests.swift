import KubeAPI
import Testing

@testable import Cluster

/// What the apiserver's JSON decoder says of a value of the wrong type or width for its Go field.
@Suite("encoding/json type and width errors")
struct GoUnmarshalTests {
    private func error(_ json: String, as type: String = "v1.Deployment") throws -> String? {
        GoUnmarshal.error(decoding: try #require(try YAMLDecoding.documents(json).first), as: type)
    }

    @Test("a string, a number too wide and a fraction for an int32 field")
    func int32Field() throws {
        #expect(
            try error(#"{"spec":{"replicas":"3"}}"#)
                == "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")
        #expect(
            try error(#"{"spec":{"replicas":3000000000}}"#)
                == "json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32")
        #expect(
            try error(#"{"spec":{"replicas":3.5}}"#)
                == "json: cannot unmarshal number 3.5 into Go struct field DeploymentSpec.spec.replicas of type int32")
        #expect(try error(#"{"spec":{"replicas":2147483647}}"#) == nil)
    }

    @Test("an int64 field takes what an int32 cannot")
    func int64Field() throws {
        #expect(try error(#"{"spec":{"template":{"spec":{"terminationGracePeriodSeconds":10000000000}}}}"#) == nil)
    }

    @Test("lists, structs and named string types are named as Go names them")
    func goTypeNames() throws {
        #expect(
            try error(#"{"spec":{"template":{"spec":{"containers":"foo"}}}}"#)
                == "json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container")
        #expect(
            try error(#"{"spec":{"template":"foo"}}"#)
                == "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.template of type v1.PodTemplateSpec")
        #expect(
            try error(#"{"spec":{"template":{"spec":{"containers":[{"name":"c","ports":[{"protocol":6}]}]}}}}"#)
                == "json: cannot unmarshal number into Go struct field ContainerPort.spec.template.spec.containers.ports.protocol of type v1.Protocol")
    }

    @Test("the first bad value the decoder meets is the one reported")
    func firstError() throws {
        let json = #"{"spec":{"replicas":"3","template":{"spec":{"containers":[{"name":"c","ports":[{"containerPort":"80"}]}]}}}}"#
        #expect(try error(json) == "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")
    }

    @Test("an int-or-string port that is neither says int32 from its own decoder")
    func intOrString() throws {
        let json = #"{"spec":{"ports":[{"port":80,"targetPort":8080.5}]}}"#
        #expect(
            try error(json, as: "v1.Service")
                == "json: cannot unmarshal number 8080.5 into Go struct field ServicePort.spec.ports.targetPort of type int32")
        #expect(try error(#"{"spec":{"ports":[{"port":80,"targetPort":"http"}]}}"#, as: "v1.Service") == nil)
    }
}
