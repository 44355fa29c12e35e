import Cluster
import KubeAPI
import Testing

/// Quantities in table cells (PV/PVC CAPACITY, HPA TARGETS) print as Go's `Quantity.String()`.
@Suite struct QuantityCellTests {
    @Test(arguments: [
        ("0", "0"), ("0n", "0"), ("1", "1"), ("1000", "1k"), ("1k", "1k"), ("100m", "100m"), ("0.1", "100m"),
        ("0.5", "500m"), ("1.5", "1500m"), ("1.0", "1"), ("1024", "1024"), ("128974848", "128974848"),
        ("1024Mi", "1Gi"), ("1Gi", "1Gi"), ("1.5Gi", "1536Mi"), ("0.5Gi", "512Mi"), ("0.5Ki", "512"),
        ("2048Ki", "2Mi"), ("100Ki", "100Ki"), ("1000Ki", "1000Ki"), ("129e6", "129e6"), ("1e3", "1e3"),
        ("1E", "1E"), ("5n", "5n"), ("1.5n", "2n"), ("-1Gi", "-1Gi"), ("-1024Mi", "-1Gi"), ("2000m", "2"),
    ])
    func canonicalForm(text: String, expected: String) {
        #expect(Quantity.canonical(text) == expected)
    }

    @Test(arguments: ["", "abc", "1Q", "1.2.3", "1Kib", "1e"])
    func malformedTextIsKept(text: String) {
        #expect(Quantity(text) == nil)
        #expect(Quantity.canonical(text) == text)
    }

    @Test func scaledValuesRoundUp() throws {
        #expect(try #require(Quantity("250m")).milliValue == 250)
        #expect(try #require(Quantity("1")).milliValue == 1000)
        #expect(try #require(Quantity("500m")).value == 1)
        #expect(try #require(Quantity("1Ki")).value == 1024)
        #expect(try #require(Quantity("1.5Gi")).integerValue == 1_610_612_736)
    }

    @Test func capacityCellsAreCanonical() throws {
        let volume = """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: pv}
            spec: {capacity: {storage: 1024Mi}, accessModes: [ReadWriteOnce]}
            status: {phase: Available}
            """
        #expect(try TableFixture.cells(ExtraTypes.persistentVolumes, volume)[1] == "1Gi")
        let noCapacity = "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec: {}\n"
        #expect(try TableFixture.cells(ExtraTypes.persistentVolumes, noCapacity)[1] == "0")
    }
}
