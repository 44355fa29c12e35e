/// The transformers of one kustomization, in kustomize's fixed order.
extension KustomizeBuild {
    func transform(_ resources: inout [KustomizeResource], _ kustomization: Kustomization, directory: String) throws(KustomizeError) {
        try applyStrategicMergeEntries(kustomization.patchesStrategicMerge, directory: directory, &resources)
        for patch in kustomization.patches { try applyPatch(patch, directory: directory, &resources) }
        if let namespace = kustomization.namespace, !namespace.isEmpty { setNamespace(namespace, &resources) }
        addAffixes(prefix: kustomization.namePrefix, suffix: kustomization.nameSuffix, &resources)
        try addLabels(kustomization, &resources)
        try addPairs(kustomization.commonAnnotations, at: KustomizeFieldSpec.commonAnnotations, &resources)
        try applyJSON6902Entries(kustomization.patchesJson6902, directory: directory, &resources)
        try setReplicas(kustomization.replicas, &resources)
        changeImages(kustomization.images, &resources)
    }
}
