import KubeAPI
import Testing

@testable import Cluster

/// The unstructured converter the apiserver runs over a strategic merge patch's result.
@Suite("unstructured converter errors and integer wrapping")
struct GoFromUnstructuredTests {
    private func convert(_ json: String) throws -> Result<JSONValue, GoFromUnstructured.Failure> {
        GoFromUnstructured.convert(try #require(try YAMLDecoding.documents(json).first), as: "v1.Deployment")
    }

    private func failure(_ json: String) throws -> String? {
        if case .failure(let failure) = try convert(json) { return failure.message }
        return nil
    }

    @Test("the converter words each mismatch by Go kinds")
    func messages() throws {
        #expect(try failure(#"{"spec":{"replicas":"3"}}"#) == "unrecognized type: int32")
        #expect(try failure(#"{"spec":{"replicas":3.5}}"#) == "cannot convert float64 to int32")
        #expect(try failure(#"{"spec":{"template":{"spec":{"containers":"foo"}}}}"#) == "cannot restore slice from string")
        #expect(try failure(#"{"spec":{"template":"foo"}}"#) == "cannot restore struct from: string")
        #expect(try failure(#"{"metadata":{"labels":"foo"}}"#) == "cannot restore map from string")
        #expect(try failure(#"{"metadata":{"name":3}}"#) == "cannot convert int64 to string")
        #expect(try failure(#"{"metadata":{"name":true}}"#) == "unrecognized type: string")
        #expect(
            try failure(#"{"spec":{"template":{"spec":{"containers":[{"name":"c","imagePullPolicy":3}]}}}}"#)
                == "cannot convert int64 to v1.PullPolicy")
    }

    @Test("a whole number too wide for an int32 wraps as Go's conversion does")
    func wraps() throws {
        guard case .success(let value) = try convert(#"{"spec":{"replicas":3000000000}}"#) else {
            Issue.record("expected the conversion to succeed")
            return
        }
        #expect(value[path: "spec.replicas"] == .int(-1_294_967_296))
    }
}
