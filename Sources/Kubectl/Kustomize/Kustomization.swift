import KubeAPI
import OrderedCollections

/// A `kustomization.yaml` as kustomize reads it: the fields a build uses, checked strictly
/// (an unknown field is an error, as Go's `DisallowUnknownFields` makes it).
struct Kustomization {
    var resources: [String] = []
    var namespace: String?
    var namePrefix = ""
    var nameSuffix = ""
    var commonLabels: [(String, String)] = []
    var labels: [LabelSet] = []
    var commonAnnotations: [(String, String)] = []
    var images: [ImageChange] = []
    var replicas: [(name: String, count: Int)] = []
    var configMapGenerator: [GeneratorArgs] = []
    var secretGenerator: [GeneratorArgs] = []
    var generatorOptions: GeneratorOptions?
    var patches: [Patch] = []
    var patchesStrategicMerge: [String] = []
    var patchesJson6902: [Patch] = []
    /// `# Warning: ...` lines for the deprecated fields used, in kustomize's order.
    var warnings: [String] = []

    /// One entry of `labels`.
    struct LabelSet {
        var pairs: [(String, String)]
        var includeSelectors: Bool
        var includeTemplates: Bool
        var fields: [KustomizeFieldSpec]
    }

    /// One entry of `images`.
    struct ImageChange {
        var name: String
        var newName = ""
        var newTag = ""
        var digest = ""
        var tagSuffix = ""
    }

    /// `generatorOptions`, or a generator's own `options`.
    struct GeneratorOptions {
        var labels: [(String, String)] = []
        var annotations: [(String, String)] = []
        var disableNameSuffixHash = false
        var immutable = false
    }

    /// One entry of `configMapGenerator` or `secretGenerator`.
    struct GeneratorArgs {
        var name = ""
        var namespace: String?
        var behavior = "create"
        var literals: [String] = []
        var files: [String] = []
        var envs: [String] = []
        var type = ""
        var options: GeneratorOptions?
    }

    /// One entry of `patches` or `patchesJson6902`: a file or inline text, and what it targets.
    struct Patch {
        var path: String?
        var patch: String?
        var target: KustomizeSelector?
    }

    /// The fields a `Kustomization` may have (kustomize's JSON names), in its struct's order.
    static let knownFields: Set<String> = [
        "apiVersion", "kind", "metadata", "openapi", "namePrefix", "nameSuffix", "namespace", "commonLabels", "labels",
        "commonAnnotations", "patchesStrategicMerge", "patchesJson6902", "patches", "images", "imageTags",
        "replacements", "replicas", "vars", "sortOptions", "resources", "components", "crds", "bases",
        "configMapGenerator", "secretGenerator", "helmGlobals", "helmCharts", "helmChartInflationGenerator",
        "generatorOptions", "configurations", "generators", "transformers", "validators", "buildMetadata",
    ]

    /// The fields this lab builds with; the others are refused plainly rather than ignored.
    static let unsupportedFields = [
        "openapi", "imageTags", "replacements", "vars", "sortOptions", "components", "crds", "helmGlobals", "helmCharts",
        "helmChartInflationGenerator", "configurations", "generators", "transformers", "validators",
    ]
}
