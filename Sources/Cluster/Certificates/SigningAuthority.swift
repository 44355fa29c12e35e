import KubeAPI

/// The cluster CA as a signer sees it: its subject (each certificate's issuer), when it
/// expires, and its subject key identifier (each certificate's authority key identifier).
struct SigningAuthority {
    var subject: DERElement
    var notAfter: Timestamp
    var subjectKeyID: [UInt8]?

    static let subjectKeyIDOID = DERElement.oid("2.5.29.14")

    /// Reads the first certificate of base64-encoded PEM (the kubeconfig's CA data).
    init?(certificateAuthorityData base64: String) {
        guard let der = PEM.blocks(of: "CERTIFICATE", in: Base64.decoded(base64)).first,
            let tbs = DERElement.single(der)?.children?.first?.children
        else { return nil }
        // An explicit version comes first; without it every field moves up one.
        let offset = tbs.first?.tag == 0xa0 ? 1 : 0
        guard tbs.count >= offset + 6, let validity = tbs[offset + 3].children, validity.count == 2,
            let notAfter = Self.time(validity[1])
        else { return nil }
        subject = tbs[offset + 4]
        self.notAfter = notAfter
        let wrapper = tbs.first { $0.tag == 0xa3 }.flatMap(\.children)?.first
        for item in wrapper.flatMap(\.children) ?? [] {
            guard let fields = item.children, fields.first == Self.subjectKeyIDOID, let value = fields.last else {
                continue
            }
            subjectKeyID = DERElement.single(value.content)?.content
        }
    }

    /// The CA's signature over `signed` (a certificate's `tbsCertificate`): a stable digest of
    /// it and the CA's name standing in for an RSA signature, so the apiserver can check that
    /// this CA issued a certificate from the certificate alone.
    func signature(of signed: DERElement) -> [UInt8] {
        Cluster.digestBytes("sha256WithRSA " + Base64.encode(subject.encoded) + Base64.encode(signed.encoded), count: 256)
    }

    /// A UTCTime (`YYMMDDHHMMSSZ`, years 1950-2049) or GeneralizedTime (`YYYYMMDDHHMMSSZ`).
    static func time(_ element: DERElement) -> Timestamp? {
        var digits = String(decoding: element.content, as: UTF8.self)
        guard digits.hasSuffix("Z") else { return nil }
        digits.removeLast()
        if element.tag == DERElement.utcTime {
            guard let year = Int(digits.prefix(2)) else { return nil }
            digits = (year < 50 ? "20" : "19") + digits
        }
        let characters = Array(digits)
        guard characters.count == 14 else { return nil }
        let text =
            "\(String(characters[0..<4]))-\(String(characters[4..<6]))-\(String(characters[6..<8]))T"
            + "\(String(characters[8..<10])):\(String(characters[10..<12])):\(String(characters[12..<14]))Z"
        return Timestamp(rfc3339: text)
    }

    /// `t` as UTCTime, as Go writes validity times before 2050.
    static func utcTime(_ t: Timestamp) -> DERElement {
        let civil = CivilTime(secondsSinceEpoch: t.seconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let text =
            two(civil.year % 100) + two(civil.month) + two(civil.day) + two(civil.hour) + two(civil.minute)
            + two(civil.second) + "Z"
        return DERElement(
            tag: civil.year < 2050 ? DERElement.utcTime : DERElement.generalizedTime,
            content: Array((civil.year < 2050 ? text : String(civil.year / 100) + text).utf8))
    }
}
