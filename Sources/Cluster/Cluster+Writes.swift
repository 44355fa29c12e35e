import OrderedCollections
import KubeAPI

extension Cluster {
    /// Networking kinds whose create strategy sets generation 1 (NetworkPolicy, Ingress, IngressClass).
    static let networkKindsWithGeneration: Set<ResourceType> = [.networkPolicies, .ingresses, .ingressClasses]

    /// Creates an object through admission, as `POST` does, then lets controllers react; a
    /// `user` (impersonated) must be allowed to by RBAC. Returns what the apiserver answers: the
    /// object as stored, before any controller acted on it, in the version it was sent in. A
    /// named `manager` comes to own the fields it set (`metadata.managedFields`).
    @discardableResult
    public func create(
        _ object: KubeObject, dryRun: Bool = false, as user: UserInfo? = nil, manager: FieldManager? = nil
    ) throws(APIError) -> KubeObject {
        guard HorizontalPodAutoscalerV1.isV1(object) else {
            return try createStored(object, dryRun: dryRun, as: user, manager: manager)
        }
        let stored = try createStored(HorizontalPodAutoscalerV1.toV2(object), dryRun: dryRun, as: user, manager: manager)
        return HorizontalPodAutoscalerV1View.convert(stored)
    }

    /// `create` of an object in the version it is stored in.
    private func createStored(
        _ object: KubeObject, dryRun: Bool, as user: UserInfo?, manager: FieldManager?
    ) throws(APIError) -> KubeObject {
        guard let type = resourceType(apiVersion: object.apiVersion, kind: object.kind) else {
            throw APIError(
                reason: "BadRequest", message: "no matches for kind \"\(object.kind)\" in version \"\(object.apiVersion)\"",
                code: 400)
        }
        try authorize(AccessRequest(verb: "create", type, namespace: object.namespace), as: user)
        if type == .eventsV1 { return try createEventV1(object, dryRun: dryRun) }
        var admitted = try admit(object, as: type)
        if type == .certificateSigningRequests {
            admitted = CertificateSigningRequestStrategy.apply(to: admitted, user: user ?? .kubeadmAdmin)
            try CertificateSigningRequestValidation.validateCreate(admitted)
        }
        if dryRun { return admitted }
        let stored = store.put(type, admitted)
        if let manager { noteClientUpdate(type, old: nil, new: stored, manager: manager) }
        reconcile()
        return stored
    }

    /// Deletes an object as `DELETE` does: pods on a node terminate gracefully first, and
    /// `propagationPolicy` says what becomes of the objects it owns (kubectl's default is background).
    /// Returns the object as it was when the request was accepted.
    @discardableResult
    public func delete(
        _ type: ResourceType, namespace: String?, name: String, gracePeriodSeconds: Int? = nil,
        propagationPolicy: DeletionPropagation = .background, dryRun: Bool = false
    ) throws(APIError) -> KubeObject {
        guard type.verbs.contains("delete") else { throw .methodNotAllowed }
        let object = try get(type, namespace: namespace, name: name)
        if type == .namespaces { try admitNamespaceDeletion(name) }
        if type == .priorityClasses { try PriorityClassValidation.validateDeletion(name) }
        if dryRun { return object }
        // A view of another version or group (events.k8s.io's events) deletes the stored object.
        let stored = storageType(of: type)
        let target = stored == type ? object : lookup(stored, namespace, name) ?? object
        deleteObject(stored, target, gracePeriodSeconds: gracePeriodSeconds, propagation: propagationPolicy)
        reconcile()
        return object
    }

    /// Replaces an object's desired state (everything but its status and server-owned
    /// metadata), as `PUT` does; `generation` grows when the spec changes. Returns the object as
    /// stored, before any controller acted on it. A named `manager` comes to own what it changed.
    @discardableResult
    public func replace(_ object: KubeObject, dryRun: Bool = false, manager: FieldManager? = nil) throws(APIError) -> KubeObject {
        guard HorizontalPodAutoscalerV1.isV1(object) else { return try replaceStored(object, dryRun: dryRun, manager: manager) }
        let stored = try replaceStored(HorizontalPodAutoscalerV1.toV2(object), dryRun: dryRun, manager: manager)
        return HorizontalPodAutoscalerV1View.convert(stored)
    }

    /// `replace` of an object in the version it is stored in.
    private func replaceStored(_ object: KubeObject, dryRun: Bool, manager: FieldManager?) throws(APIError) -> KubeObject {
        guard let type = resourceType(apiVersion: object.apiVersion, kind: object.kind) else {
            throw APIError(reason: "BadRequest", message: "no matches for kind \"\(object.kind)\"", code: 400)
        }
        if type == .eventsV1 { return try replaceEventV1(object, dryRun: dryRun, manager: manager) }
        let stored = try get(type, namespace: object.namespace, name: object.name)
        // A write naming a resourceVersion is a precondition: it must be the stored one.
        if let version = object.metadata["resourceVersion"].string, !version.isEmpty,
            version != stored.metadata["resourceVersion"].string
        {
            throw .conflict(type, object.name)
        }
        var updated = stored
        for (key, value) in object.value.object where !["metadata", "status", "apiVersion", "kind"].contains(key) {
            updated.value[key] = value
        }
        for key in ["labels", "annotations", "finalizers"] { updated[path: "metadata.\(key)"] = object.metadata[key] }
        if type == .services {
            updated[path: "spec.clusterIP"] = stored[path: "spec.clusterIP"]
            updated = try defaultService(updated, old: stored)
            updated.value["status"] = stored.value["status"]
        }
        if type == .secrets { updated = SecretStringData.fold(updated) }
        if type == .horizontalPodAutoscalers {
            updated = HorizontalPodAutoscalerDefaults.applySpec(to: HorizontalPodAutoscalerV1.droppingRoundTripAnnotations(updated))
        }
        if type == .pods { updated.value["spec"] = PodSpecDefaults.apply(to: updated.value["spec"]) }
        updated = WorkloadTemplateDefaults.apply(to: updated, as: type)
        if type == .deployments { updated = DeploymentDefaults.apply(to: updated) }
        if type == .replicationControllers { updated = ReplicationControllerDefaults.apply(to: updated) }
        if type == .daemonSets { updated = DaemonSetDefaults.applyOnUpdate(to: updated, stored: stored) }
        if type == .statefulSets { updated = StatefulSetDefaults.apply(to: updated) }
        if type == .podDisruptionBudgets {
            try PodDisruptionBudgetValidation.validate(updated, old: stored) { names.goHeapAddress() }
        }
        try FinalizerValidation.validateUpdate(updated, old: stored, as: type)
        try MetadataLabels.validate(updated, as: type)
        try WorkloadValidation.validateUpdate(updated, old: stored, as: type)
        try AnnotationSize.validate(updated, as: type)
        if type == .pods { try PodUpdateRules.validate(updated, old: stored) }
        if type == .runtimeClasses { try RuntimeClassValidation.validateUpdate(updated, old: stored) }
        if type == .priorityClasses {
            updated = PriorityClassValidation.defaults(updated)
            try PriorityClassValidation.validateUpdate(updated, old: stored, others: list(.priorityClasses))
        }
        // Only the kinds whose strategy keeps a generation (set at create) count spec changes.
        if let generation = stored.metadata["generation"].int, !updated.value["spec"].isEquivalent(to: stored.value["spec"]) {
            updated[path: "metadata.generation"] = .int(generation + 1)
        }
        // A server dry run answers with the object as it would be, and keeps nothing.
        if dryRun { return updated }
        if updated.value.isEquivalent(to: stored.value) { return stored }
        // The last finalizer of an object being deleted taken off: the update deletes it.
        if removeIfUnheld(type, updated) {
            reconcile()
            return updated
        }
        if type == .pods { noteChangedImages(of: updated, old: stored) }
        let written = write(type, updated)
        if let manager { noteClientUpdate(type, old: stored, new: written, manager: manager) }
        return written
    }

    /// Replaces an object's status and nothing else, as `PUT .../status` does (the status
    /// subresource a kubelet or controller writes; `kubectl patch --subresource=status`).
    @discardableResult
    public func replaceStatus(_ object: KubeObject, dryRun: Bool = false) throws(APIError) -> KubeObject {
        guard HorizontalPodAutoscalerV1.isV1(object) else { return try replaceStoredStatus(object, dryRun: dryRun) }
        var v2 = HorizontalPodAutoscalerV1.toV2(object)
        v2.value["status"] = HorizontalPodAutoscalerV1.statusToV2(object)
        return HorizontalPodAutoscalerV1View.convert(try replaceStoredStatus(v2, dryRun: dryRun))
    }

    /// `replaceStatus` of an object in the version it is stored in.
    private func replaceStoredStatus(_ object: KubeObject, dryRun: Bool) throws(APIError) -> KubeObject {
        guard let type = resourceType(apiVersion: object.apiVersion, kind: object.kind) else {
            throw APIError(reason: "BadRequest", message: "no matches for kind \"\(object.kind)\"", code: 400)
        }
        let stored = try get(type, namespace: object.namespace, name: object.name)
        var updated = stored
        updated.value["status"] = object.value["status"]
        for key in Self.statusWritableMetadata(type) { updated[path: "metadata.\(key)"] = object.metadata[key] }
        if dryRun || updated.value.isEquivalent(to: stored.value) { return stored }
        return write(type, updated)
    }

    /// What of an object's metadata a write through its status subresource changes: the
    /// status strategies keep the old spec, and a Deployment's keeps its old labels too.
    static func statusWritableMetadata(_ type: ResourceType) -> [String] {
        type == .deployments ? ["annotations"] : ["labels", "annotations"]
    }

    /// Stores a client's update and lets controllers react; returns the object as the write left
    /// it, as the apiserver's answer is (what controllers do next is not in it).
    func write(_ type: ResourceType, _ object: KubeObject) -> KubeObject {
        let written = save(type, object) ? lookup(type, object.namespace, object.name) : nil
        reconcile()
        return written ?? lookup(type, object.namespace, object.name) ?? object
    }

    /// Whether an object is still stored (used by clients that wait for deletion).
    public func exists(_ type: ResourceType, namespace: String?, name: String, uid: String) -> Bool {
        lookup(type, namespace, name)?.uid == uid
    }

    /// Applies validation and defaulting, fills in the server-owned metadata.
    /// The object is taken, not borrowed: a caller's last use hands it over, so it is edited in place.
    func admit(_ object: consuming KubeObject, as type: ResourceType) throws(APIError) -> KubeObject {
        // Decoding defaults the fields validation then reads.
        if type == .replicationControllers { object = ReplicationControllerDefaults.apply(to: object) }
        // Admission plugins see a generated name's prefix: the name comes after them.
        let requestedName = object.name.isEmpty ? object.metadata["generateName"].string ?? "" : object.name
        if type.namespaced {
            let namespace = object.namespace ?? "default"
            guard lookup(.namespaces, nil, namespace) != nil else { throw .notFound(.namespaces, namespace) }
            try admitCreation(of: object, as: type, in: namespace)
            object.namespace = namespace
        } else {
            object.namespace = nil
        }
        if object.name.isEmpty, let prefix = object.metadata["generateName"].string {
            repeat { object.name = names.name(withPrefix: prefix) } while lookup(type, object.namespace, object.name) != nil
        }
        guard !object.name.isEmpty else {
            throw APIError(
                reason: "Invalid",
                message: "\(type.kind) \"\" is invalid: metadata.name: Required value: name or generateName is required",
                code: 422)
        }
        if !restoring {
            if type == .podDisruptionBudgets {
                try PodDisruptionBudgetValidation.validate(object) { names.goHeapAddress() }
            }
            try ObjectNameRules.validate(object, as: type)
            // A pod's content checks pass again for content that passed them last (`PodContentMemo`).
            let contentPassed = type == .pods && podContentMemo.hasPassed(object)
            if !contentPassed {
                try MetadataLabels.validate(object, as: type)
                try FinalizerValidation.validateCreate(object, as: type)
                try AnnotationSize.validate(object, as: type)
            }
            try WorkloadValidation.validateCreate(object, as: type, specPassed: contentPassed)
            try validateNamespaceKinds(object, as: type)
            if type == .pods, !contentPassed { podContentMemo.notePassed(object) }
            if type == .runtimeClasses { try RuntimeClassValidation.validateCreate(object) }
            if type == .customResourceDefinitions { try DefinitionCreateStrategy.validate(object) }
            if type == .priorityClasses {
                try PriorityClassValidation.validateCreate(PriorityClassValidation.defaults(object), others: list(.priorityClasses))
            }
        }
        guard lookup(type, object.namespace, object.name) == nil else { throw .alreadyExists(type, object.name) }
        if restoring, object.creationTimestamp != nil {
            // A restored object keeps the time it was created.
        } else {
            object[path: "metadata.creationTimestamp"] = .string(nowRFC3339)
        }
        if !restoring || (object.metadata["uid"].string ?? "").isEmpty {
            // A restored object that records its uid (one added to a world after its transcripts
            // were written) keeps it, so the names and uids drawn for later objects stay as they were.
            object[path: "metadata.uid"] = .string(names.uid())
        }
        if type == .pods {
            let content = podContentMemo.contentDefaults(of: object)
            object = PodDefaults.apply(to: consume object, names: &names, content: content)
        }
        if type == .pods, !restoring {
            object = try admitLimitRanges(object)
            try admitServiceAccount(object, requestedName: requestedName)
        }
        if type == .pods { object = try admitPriority(consume object, requestedName: requestedName) }
        if type == .pods, !restoring { object = try admitRuntimeClass(object, requestedName: requestedName) }
        if type == .priorityClasses { object = PriorityClassValidation.defaults(object) }
        if type == .csiDrivers { object = CSIDriverDefaults.apply(to: object) }
        if type == .customResourceDefinitions, !restoring { object = DefinitionCreateStrategy.apply(to: object) }
        if type == .secrets { object = SecretStringData.fold(ObjectNameRules.defaultSecret(object)) }
        if type == .persistentVolumeClaims {
            object = PersistentVolumeClaimDefaults.apply(to: defaultStorageClass(for: object))
            if !restoring { try admitClaimLimitRanges(object) }
        }
        if type == .persistentVolumes { object = PersistentVolumeDefaults.apply(to: object, now: now) }
        if type == .services, !restoring { object = try defaultService(object) }
        object = WorkloadTemplateDefaults.apply(to: object, as: type)
        if type == .deployments { object = DeploymentDefaults.apply(to: object) }
        if !restoring { object = WorkloadCreateStrategy.apply(to: object, as: type) }
        // The custom resource strategy starts every object at generation 1, as the network ones do.
        if !restoring, !ResourceType.served.contains(type) || Self.networkKindsWithGeneration.contains(type) {
            object[path: "metadata.generation"] = 1
        }
        if type == .daemonSets { object = DaemonSetDefaults.applyOnCreate(to: object, restoring: restoring) }
        if type == .statefulSets { object = StatefulSetDefaults.apply(to: object) }
        if type == .horizontalPodAutoscalers {
            object = HorizontalPodAutoscalerDefaults.apply(to: HorizontalPodAutoscalerV1.droppingRoundTripAnnotations(object))
        }
        if type == .jobs || type == .cronJobs, !restoring { object = try JobAdmission.apply(to: object, as: type) }
        if type == .namespaces {
            object[path: "metadata.labels"] = .stringMap(object.labels.merging(["kubernetes.io/metadata.name": object.name]) { $1 })
            object[path: "spec.finalizers"] = ["kubernetes"]
            object[path: "status.phase"] = "Active"
        }
        object = defaultNamespaceKinds(object, as: type)
        if !restoring { try admitQuotas(object, as: type) }
        return object
    }

    /// Writes `object` back if it differs from what is stored; reports whether it did.
    @discardableResult
    func save(_ type: ResourceType, _ object: consuming KubeObject) -> Bool {
        if let stored = lookup(type, object.namespace, object.name), object.differsOnlyInVersion(from: stored) { return false }
        store.put(type, object)
        return true
    }

    /// Creates an object on behalf of a controller (no client, no admission errors expected).
    @discardableResult
    func createOwned(_ object: KubeObject, as type: ResourceType) -> KubeObject? {
        guard let admitted = try? admit(object, as: type) else { return nil }
        return store.put(type, admitted)
    }
}
