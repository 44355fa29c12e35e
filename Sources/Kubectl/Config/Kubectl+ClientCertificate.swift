import Cluster
import KubeAPI

/// The client certificate a kubeconfig user presents, as client-go sets up its TLS: the
/// kubeconfig's checks of the certificate and key fields first, then the pair loaded and
/// matched. Embedded data that does not pair up fails the command; files are loaded by the
/// certificate rotation, which only logs its failure, and the request goes out without one.
extension Kubectl {
    /// The certificate's DER bytes; nil when the user has no certificate or its files do not
    /// load.
    func clientCertificate(of user: Kubeconfig.Entry, io: IOStreams) throws(KubectlFailure) -> [UInt8]? {
        let name = user.name
        let (certificatePath, keyPath) = (user[string: "client-certificate"], user[string: "client-key"])
        let (certificateData, keyData) = (user.bytes("client-certificate-data"), user.bytes("client-key-data"))
        guard !certificatePath.isEmpty || !certificateData.isEmpty else { return nil }
        var problems: [String] = []
        if !certificatePath.isEmpty, !certificateData.isEmpty {
            problems.append(
                "client-cert-data and client-cert are both specified for \(name). client-cert-data will override.")
        }
        if !keyPath.isEmpty, !keyData.isEmpty {
            problems.append(
                "client-key-data and client-key are both specified for \(name); client-key-data will override")
        }
        if keyPath.isEmpty, keyData.isEmpty {
            problems.append(
                "client-key-data or client-key must be specified for \(name) to use the clientCert authentication method."
            )
        }
        let certificateFile = certificatePath.isEmpty ? nil : kubeconfig.storage?.read(certificatePath)
        if !certificatePath.isEmpty, certificateFile == nil {
            problems.append(
                "unable to read client-cert \(certificatePath) for \(name) due to open \(certificatePath): no such file or directory"
            )
        }
        let keyFile = keyPath.isEmpty ? nil : kubeconfig.storage?.read(keyPath)
        if !keyPath.isEmpty, keyFile == nil {
            problems.append(
                "unable to read client-key \(keyPath) for \(name) due to open \(keyPath): no such file or directory")
        }
        if problems.count == 1 { throw .error(problems[0]) }
        if problems.count > 1 {
            throw KubectlFailure("Error in configuration: \n" + problems.map { "* " + $0 }.joined(separator: "\n"))
        }
        let certificate =
            certificateData.isEmpty ? certificateFile ?? "" : String(decoding: certificateData, as: UTF8.self)
        let key = keyData.isEmpty ? keyFile ?? "" : String(decoding: keyData, as: UTF8.self)
        switch TLSKeyPair.load(certificate: certificate, key: key) {
        case .success(let der): return der
        case .failure(let failure):
            guard certificateData.isEmpty || keyData.isEmpty else { throw .error(failure.message) }
            let error = GoSyntax.quoted("key failed with : " + failure.message)
            io.err(
                KlogLine.format(
                    .error, source: "cert_rotation.go:171", "\"Unhandled Error\" err=\(error)", at: cluster.now) + "\n")
            return nil
        }
    }

    /// The user with its certificate and key paths as client-go resolves them on loading:
    /// relative to the directory of the file the user came from.
    func resolvingPaths(_ user: Kubeconfig.Entry) -> Kubeconfig.Entry {
        guard !user.origin.isEmpty else { return user }
        let directory = GoPath.directory(GoPath.absolute(user.origin, from: workingDirectory?() ?? "/"))
        var resolved = user
        for field in ["client-certificate", "client-key"] where !user[string: field].isEmpty {
            resolved[string: field] = GoPath.absolute(user[string: field], from: directory)
        }
        return resolved
    }
}

extension Kubeconfig.Entry {
    /// A `[]byte` field's bytes, empty when unset.
    func bytes(_ field: String) -> [UInt8] {
        if case .bytes(let bytes)? = fields[field] { bytes } else { [] }
    }
}
