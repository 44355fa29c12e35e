import Cluster
import KubeAPI

/// The client certificate a kubeconfig user presents, as client-go sets up its TLS: the
/// kubeconfig's checks of the certificate and key fields (`ConfirmUsable` gathers them), then
/// the pair loaded and matched. Embedded data that does not pair up fails the command; files are loaded by the
/// certificate rotation, which only logs its failure, and the request goes out without one.
extension Kubectl {
    /// `validateAuthInfo`'s checks of the certificate and key fields, in its order.
    func certificateProblems(of user: Kubeconfig.Entry) -> [String] {
        let name = user.name
        let (certificatePath, keyPath) = (user[string: "client-certificate"], user[string: "client-key"])
        let (certificateData, keyData) = (user.bytes("client-certificate-data"), user.bytes("client-key-data"))
        guard !certificatePath.isEmpty || !certificateData.isEmpty else { return [] }
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
        if !certificatePath.isEmpty, kubeconfig.storage?.read(certificatePath) == nil {
            problems.append(
                "unable to read client-cert \(certificatePath) for \(name) due to open \(certificatePath): no such file or directory"
            )
        }
        if !keyPath.isEmpty, kubeconfig.storage?.read(keyPath) == nil {
            problems.append(
                "unable to read client-key \(keyPath) for \(name) due to open \(keyPath): no such file or directory")
        }
        return problems
    }

    /// The certificate's DER bytes; nil when the user has no certificate or its files do not
    /// load. The user passed `certificateProblems` already.
    func clientCertificate(of user: Kubeconfig.Entry, io: IOStreams) throws(KubectlFailure) -> [UInt8]? {
        let (certificatePath, keyPath) = (user[string: "client-certificate"], user[string: "client-key"])
        let (certificateData, keyData) = (user.bytes("client-certificate-data"), user.bytes("client-key-data"))
        guard !certificatePath.isEmpty || !certificateData.isEmpty else { return nil }
        let certificateFile = certificatePath.isEmpty ? nil : kubeconfig.storage?.read(certificatePath)
        let keyFile = keyPath.isEmpty ? nil : kubeconfig.storage?.read(keyPath)
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

    /// A user with its certificate and key paths (a cluster with its authority's) as client-go
    /// resolves them on loading: relative to the directory of the file the entry came from.
    func resolvingPaths(_ entry: Kubeconfig.Entry) -> Kubeconfig.Entry {
        let paths = ["client-certificate", "client-key", "certificate-authority"].filter { !entry[string: $0].isEmpty }
        // Most entries name no file (kubeadm's carry the data): nothing to resolve, no path to clean.
        guard !entry.origin.isEmpty, !paths.isEmpty else { return entry }
        let directory = GoPath.directory(GoPath.absolute(entry.origin, from: workingDirectory?() ?? "/"))
        var resolved = entry
        for field in paths {
            resolved[string: field] = GoPath.absolute(entry[string: field], from: directory)
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
