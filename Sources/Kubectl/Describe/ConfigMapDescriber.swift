import KubeAPI
import OrderedCollections

/// ConfigMap describe: each data key, its value under a `----` rule, then the binary keys.
enum ConfigMapDescriber {
    static func describe(_ configMap: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(configMap)
        // kubectl walks a Go map here (random order); sorted keys are one of its orders.
        w.write(0, "\nData\n====\n")
        for (key, value) in configMap.value["data"].object.sorted(by: { $0.key < $1.key }) {
            w.write(0, "\(key):\n----\n")
            w.write(0, "\(value.text)\n")
            w.write(0, "\n")
        }
        w.write(0, "\nBinaryData\n====\n")
        for (key, value) in configMap.value["binaryData"].object.sorted(by: { $0.key < $1.key }) {
            w.write(0, "\(key): \(Base64.decodedCount(value.text)) bytes\n")
        }
        w.write(0, "\n")
        w.events(context.events(for: configMap), context: context)
        return w.finish()
    }
}
