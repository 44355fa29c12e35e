kubectl explain reads the field schema the apiserver publishes, for the kinds of every group it
serves: leases, the CSI storage kinds, API Priority and Fairness, certificate requests, the
access reviews, admission webhooks and policies, the aggregator's APIServices and the
CustomResourceDefinitions themselves.
  $ kubectl explain lease
  GROUP:      coordination.k8s.io
  KIND:       Lease
  VERSION:    v1
  
  DESCRIPTION:
      A Lease is a lock with a time limit: its holder renews it to keep it, and
      others may take it once it has not been renewed for its duration. Nodes
      report their heartbeats with Leases, and control-plane components elect
      their leader with them.
      
  FIELDS:
    apiVersion	<string>
      The API group and version this object is written in, such as v1 or apps/v1.
      The server converts objects between the versions it serves.
  
    kind	<string>
      The type of this object, in CamelCase, such as Pod or Deployment. Clients
      use it to decode the object and cannot change it.
  
    metadata	<ObjectMeta>
      Standard object metadata: the name, namespace, labels, annotations and
      bookkeeping fields the server keeps.
  
    spec	<LeaseSpec>
      Who holds the lease, since when, and for how long.
  
  
  $ kubectl explain lease.spec
  GROUP:      coordination.k8s.io
  KIND:       Lease
  VERSION:    v1
  
  FIELD: spec <LeaseSpec>
  
  
  DESCRIPTION:
      Who holds the lease, since when, and for how long.
      Who holds a lease and how long the hold lasts.
      
  FIELDS:
    acquireTime	<string>
      When the current holder took the lease.
  
    holderIdentity	<string>
      Who holds the lease now, such as a node's name or a component's instance ID.
  
    leaseDurationSeconds	<integer>
      How many seconds after the last renewal others must wait before they may
      take the lease.
  
    leaseTransitions	<integer>
      How many times the lease has passed from one holder to another.
  
    preferredHolder	<string>
      The holder the lease should go to next; the current holder is asked to give
      it up. Only with strategy set.
  
    renewTime	<string>
      When the holder last renewed the lease.
  
    strategy	<string>
      How a leader is picked among candidates in coordinated leader election
      (alpha). Unset means the lease is not coordinated.
  
  
  $ kubectl explain csidriver.spec.fsGroupPolicy
  GROUP:      storage.k8s.io
  KIND:       CSIDriver
  VERSION:    v1
  
  FIELD: fsGroupPolicy <string>
  
  
  DESCRIPTION:
      Whether the kubelet may change the owner and permissions of a volume's files
      to the pod's fsGroup: ReadWriteOnceWithFSType (the default) only for volumes
      with a file system type and ReadWriteOnce access, File always, None never.
      
  
  $ kubectl explain csinodes.spec.drivers
  GROUP:      storage.k8s.io
  KIND:       CSINode
  VERSION:    v1
  
  FIELD: drivers <[]CSINodeDriver>
  
  
  DESCRIPTION:
      One entry per driver registered on the node. Empty when none is.
      One CSI driver on a node.
      
  FIELDS:
    allocatable	<VolumeNodeResources>
      How many of the driver's volumes the node can take.
  
    name	<string> -required-
      The driver's name, as it reports it (GetPluginName).
  
    nodeID	<string> -required-
      The node's name as the driver knows it, which may differ from the Node's
      name.
  
    topologyKeys	<[]string>
      The topology label keys the driver understands, such as
      topology.kubernetes.io/zone.
  
  
  $ kubectl explain volumeattachment --recursive
  GROUP:      storage.k8s.io
  KIND:       VolumeAttachment
  VERSION:    v1
  
  DESCRIPTION:
      A VolumeAttachment asks for a volume to be attached to a node, or detached
      from it, by the volume's CSI driver. The attach/detach controller makes them
      and the driver's external attacher carries them out.
      
  FIELDS:
    apiVersion	<string>
    kind	<string>
    metadata	<ObjectMeta>
      annotations	<map[string]string>
      creationTimestamp	<string>
      deletionGracePeriodSeconds	<integer>
      deletionTimestamp	<string>
      finalizers	<[]string>
      generateName	<string>
      generation	<integer>
      labels	<map[string]string>
      managedFields	<[]ManagedFieldsEntry>
        apiVersion	<string>
        fieldsType	<string>
        fieldsV1	<FieldsV1>
        manager	<string>
        operation	<string>
        subresource	<string>
        time	<string>
      name	<string>
      namespace	<string>
      ownerReferences	<[]OwnerReference>
        apiVersion	<string> -required-
        blockOwnerDeletion	<boolean>
        controller	<boolean>
        kind	<string> -required-
        name	<string> -required-
        uid	<string> -required-
      resourceVersion	<string>
      selfLink	<string>
      uid	<string>
    spec	<VolumeAttachmentSpec> -required-
      attacher	<string> -required-
      nodeName	<string> -required-
      source	<VolumeAttachmentSource> -required-
        inlineVolumeSpec	<PersistentVolumeSpec>
          accessModes	<[]string>
          awsElasticBlockStore	<AWSElasticBlockStoreVolumeSource>
            fsType	<string>
            partition	<integer>
            readOnly	<boolean>
            volumeID	<string> -required-
          azureDisk	<AzureDiskVolumeSource>
            cachingMode	<string>
            diskName	<string> -required-
            diskURI	<string> -required-
            fsType	<string>
            kind	<string>
            readOnly	<boolean>
          azureFile	<AzureFilePersistentVolumeSource>
            readOnly	<boolean>
            secretName	<string> -required-
            secretNamespace	<string>
            shareName	<string> -required-
          capacity	<map[string]Quantity>
          cephfs	<CephFSPersistentVolumeSource>
            monitors	<[]string> -required-
            path	<string>
            readOnly	<boolean>
            secretFile	<string>
            secretRef	<SecretReference>
              name	<string>
              namespace	<string>
            user	<string>
          cinder	<CinderPersistentVolumeSource>
            fsType	<string>
            readOnly	<boolean>
            secretRef	<SecretReference>
              name	<string>
              namespace	<string>
            volumeID	<string> -required-
          claimRef	<ObjectReference>
            apiVersion	<string>
            fieldPath	<string>
            kind	<string>
            name	<string>
            namespace	<string>
            resourceVersion	<string>
            uid	<string>
          csi	<CSIPersistentVolumeSource>
            controllerExpandSecretRef	<SecretReference>
              name	<string>
              namespace	<string>
            controllerPublishSecretRef	<SecretReference>
              name	<string>
              namespace	<string>
            driver	<string> -required-
            fsType	<string>
            nodeExpandSecretRef	<SecretReference>
              name	<string>
              namespace	<string>
            nodePublishSecretRef	<SecretReference>
              name	<string>
              namespace	<string>
            nodeStageSecretRef	<SecretReference>
              name	<string>
              namespace	<string>
            readOnly	<boolean>
            volumeAttributes	<map[string]string>
            volumeHandle	<string> -required-
          fc	<FCVolumeSource>
            fsType	<string>
            lun	<integer>
            readOnly	<boolean>
            targetWWNs	<[]string>
            wwids	<[]string>
          flexVolume	<FlexPersistentVolumeSource>
            driver	<string> -required-
            fsType	<string>
            options	<map[string]string>
            readOnly	<boolean>
            secretRef	<SecretReference>
              name	<string>
              namespace	<string>
          flocker	<FlockerVolumeSource>
            datasetName	<string>
            datasetUUID	<string>
          gcePersistentDisk	<GCEPersistentDiskVolumeSource>
            fsType	<string>
            partition	<integer>
            pdName	<string> -required-
            readOnly	<boolean>
          glusterfs	<GlusterfsPersistentVolumeSource>
            endpoints	<string> -required-
            endpointsNamespace	<string>
            path	<string> -required-
            readOnly	<boolean>
          hostPath	<HostPathVolumeSource>
            path	<string> -required-
            type	<string>
            enum: "", BlockDevice, CharDevice, Directory, ....
          iscsi	<ISCSIPersistentVolumeSource>
            chapAuthDiscovery	<boolean>
            chapAuthSession	<boolean>
            fsType	<string>
            initiatorName	<string>
            iqn	<string> -required-
            iscsiInterface	<string>
            lun	<integer> -required-
            portals	<[]string>
            readOnly	<boolean>
            secretRef	<SecretReference>
              name	<string>
              namespace	<string>
            targetPortal	<string> -required-
          local	<LocalVolumeSource>
            fsType	<string>
            path	<string> -required-
          mountOptions	<[]string>
          nfs	<NFSVolumeSource>
            path	<string> -required-
            readOnly	<boolean>
            server	<string> -required-
          nodeAffinity	<VolumeNodeAffinity>
            required	<NodeSelector>
              nodeSelectorTerms	<[]NodeSelectorTerm> -required-
                matchExpressions	<[]NodeSelectorRequirement>
                  key	<string> -required-
                  operator	<string> -required-
                  enum: DoesNotExist, Exists, Gt, In, ....
                  values	<[]string>
                matchFields	<[]NodeSelectorRequirement>
                  key	<string> -required-
                  operator	<string> -required-
                  enum: DoesNotExist, Exists, Gt, In, ....
                  values	<[]string>
          persistentVolumeReclaimPolicy	<string>
          enum: Delete, Recycle, Retain
          photonPersistentDisk	<PhotonPersistentDiskVolumeSource>
            fsType	<string>
            pdID	<string> -required-
          portworxVolume	<PortworxVolumeSource>
            fsType	<string>
            readOnly	<boolean>
            volumeID	<string> -required-
          quobyte	<QuobyteVolumeSource>
            group	<string>
            readOnly	<boolean>
            registry	<string> -required-
            tenant	<string>
            user	<string>
            volume	<string> -required-
          rbd	<RBDPersistentVolumeSource>
            fsType	<string>
            image	<string> -required-
            keyring	<string>
            monitors	<[]string> -required-
            pool	<string>
            readOnly	<boolean>
            secretRef	<SecretReference>
              name	<string>
              namespace	<string>
            user	<string>
          scaleIO	<ScaleIOPersistentVolumeSource>
            fsType	<string>
            gateway	<string> -required-
            protectionDomain	<string>
            readOnly	<boolean>
            secretRef	<SecretReference> -required-
              name	<string>
              namespace	<string>
            sslEnabled	<boolean>
            storageMode	<string>
            storagePool	<string>
            system	<string> -required-
            volumeName	<string>
          storageClassName	<string>
          storageos	<StorageOSPersistentVolumeSource>
            fsType	<string>
            readOnly	<boolean>
            secretRef	<ObjectReference>
              apiVersion	<string>
              fieldPath	<string>
              kind	<string>
              name	<string>
              namespace	<string>
              resourceVersion	<string>
              uid	<string>
            volumeName	<string>
            volumeNamespace	<string>
          volumeAttributesClassName	<string>
          volumeMode	<string>
          enum: Block, Filesystem
          vsphereVolume	<VsphereVirtualDiskVolumeSource>
            fsType	<string>
            storagePolicyID	<string>
            storagePolicyName	<string>
            volumePath	<string> -required-
        persistentVolumeName	<string>
    status	<VolumeAttachmentStatus>
      attachError	<VolumeError>
        message	<string>
        time	<string>
      attached	<boolean> -required-
      attachmentMetadata	<map[string]string>
      detachError	<VolumeError>
        message	<string>
        time	<string>
  
  $ kubectl explain flowschema.spec.rules.subjects
  GROUP:      flowcontrol.apiserver.k8s.io
  KIND:       FlowSchema
  VERSION:    v1
  
  FIELD: subjects <[]Subject>
  
  
  DESCRIPTION:
      Who the rule applies to: users, groups or service accounts. At least one.
      The sender of a request: a user, a group or a service account, as kind says.
      
  FIELDS:
    group	<GroupSubject>
      The group, when kind is Group.
  
    kind	<string> -required-
      User, Group or ServiceAccount.
  
    serviceAccount	<ServiceAccountSubject>
      The service account, when kind is ServiceAccount.
  
    user	<UserSubject>
      The user, when kind is User.
  
  
  $ kubectl explain prioritylevelconfiguration.spec.limited.limitResponse.queuing
  GROUP:      flowcontrol.apiserver.k8s.io
  KIND:       PriorityLevelConfiguration
  VERSION:    v1
  
  FIELD: queuing <QueuingConfiguration>
  
  
  DESCRIPTION:
      The queues' settings. Only with type Queue.
      The queues of a priority level.
      
  FIELDS:
    handSize	<integer>
      How many queues each flow is dealt among when its request is queued (shuffle
      sharding); the request joins the shortest. Defaults to 8.
  
    queueLengthLimit	<integer>
      The most requests that may wait in one queue; more are rejected. Defaults to
      50.
  
    queues	<integer>
      How many queues the level has. Defaults to 64.
  
  
  $ kubectl explain csr.spec.usages
  GROUP:      certificates.k8s.io
  KIND:       CertificateSigningRequest
  VERSION:    v1
  
  FIELD: usages <[]string>
  ENUM:
      any
      cert sign
      client auth
      code signing
      content commitment
      crl sign
      data encipherment
      decipher only
      digital signature
      email protection
      encipher only
      ipsec end system
      ipsec tunnel
      ipsec user
      key agreement
      key encipherment
      microsoft sgc
      netscape sgc
      ocsp signing
      s/mime
      server auth
      signing
      timestamping
  
  DESCRIPTION:
      The key usages asked for, such as digital signature, key encipherment and
      client auth. The signer may refuse some.
      
  
  $ kubectl explain selfsubjectaccessreview.spec.resourceAttributes.verb
  GROUP:      authorization.k8s.io
  KIND:       SelfSubjectAccessReview
  VERSION:    v1
  
  FIELD: verb <string>
  
  
  DESCRIPTION:
      The verb, such as get, list, watch, create, update, delete or proxy; * means
      all.
      
  
  $ kubectl explain validatingwebhookconfiguration.webhooks.failurePolicy
  GROUP:      admissionregistration.k8s.io
  KIND:       ValidatingWebhookConfiguration
  VERSION:    v1
  
  FIELD: failurePolicy <string>
  ENUM:
      Fail
      Ignore
  
  DESCRIPTION:
      What happens when the call fails or the answer cannot be read: Fail (the
      default) refuses the request, Ignore lets it through.
      
  
  $ kubectl explain validatingadmissionpolicybinding.spec
  GROUP:      admissionregistration.k8s.io
  KIND:       ValidatingAdmissionPolicyBinding
  VERSION:    v1
  
  FIELD: spec <ValidatingAdmissionPolicyBindingSpec>
  
  
  DESCRIPTION:
      The policy bound and how.
      Which policy is bound, where it applies and with what parameters.
      
  FIELDS:
    matchResources	<MatchResources>
      The resources the binding applies to, within the policy's own constraints.
      Unset means all the policy matches.
  
    paramRef	<ParamRef>
      The parameter objects given to the policy. Required when the policy has a
      paramKind.
  
    policyName	<string>
      The ValidatingAdmissionPolicy bound. Required.
  
    validationActions	<[]string>
    enum: Audit, Deny, Warn
      What a failed check does: Deny refuses the request, Warn sends the client a
      warning, Audit records it in the audit event. Deny and Warn exclude each
      other. Required.
  
  
  $ kubectl explain apiservice.spec.service
  GROUP:      apiregistration.k8s.io
  KIND:       APIService
  VERSION:    v1
  
  FIELD: service <ServiceReference>
  
  
  DESCRIPTION:
      The Service in front of the server. Unset means the apiserver serves the
      version itself.
      The Service an API server is reached through.
      
  FIELDS:
    name	<string>
      The Service's name.
  
    namespace	<string>
      The Service's namespace.
  
    port	<integer>
      The Service port to connect to. Defaults to 443.
  
  
  $ kubectl explain crd.spec.names
  GROUP:      apiextensions.k8s.io
  KIND:       CustomResourceDefinition
  VERSION:    v1
  
  FIELD: names <CustomResourceDefinitionNames>
  
  
  DESCRIPTION:
      The kind's names: plural, singular, kind, list kind, short names and
      categories.
      The names a custom kind is known by.
      
  FIELDS:
    categories	<[]string>
      Groups the resource belongs to, so kubectl get CATEGORY lists it, such as
      all.
  
    kind	<string> -required-
      The kind, in CamelCase, as objects' kind field says.
  
    listKind	<string>
      The kind of a list of these objects. Defaults to the kind followed by List.
  
    plural	<string> -required-
      The plural, in lowercase, as it appears in URLs and kubectl get.
  
    shortNames	<[]string>
      Short names kubectl also accepts, such as ippl.
  
    singular	<string>
      The singular, in lowercase. Defaults to the kind in lowercase.
  
  
  $ kubectl explain crd.spec.versions.schema
  GROUP:      apiextensions.k8s.io
  KIND:       CustomResourceDefinition
  VERSION:    v1
  
  FIELD: schema <CustomResourceValidation>
  
  
  DESCRIPTION:
      The schema objects of this version are checked and pruned with.
      The schema of a version's objects.
      
  FIELDS:
    openAPIV3Schema	<JSONSchemaProps>
      The OpenAPI v3 schema objects are validated and pruned with, and kubectl
      explain reads.
  
  
  $ kubectl explain ingressclass
  GROUP:      networking.k8s.io
  KIND:       IngressClass
  VERSION:    v1
  
  DESCRIPTION:
      An IngressClass names an ingress controller, so Ingresses can say which
      controller serves them. The one annotated
      ingressclass.kubernetes.io/is-default-class=true serves Ingresses that name
      no class.
      
  FIELDS:
    apiVersion	<string>
      The API group and version this object is written in, such as v1 or apps/v1.
      The server converts objects between the versions it serves.
  
    kind	<string>
      The type of this object, in CamelCase, such as Pod or Deployment. Clients
      use it to decode the object and cannot change it.
  
    metadata	<ObjectMeta>
      Standard object metadata: the name, namespace, labels, annotations and
      bookkeeping fields the server keeps.
  
    spec	<IngressClassSpec>
      Which controller serves this class, and its settings.
  
  
  $ kubectl explain podtemplate.template --recursive | head -5
  KIND:       PodTemplate
  VERSION:    v1
  
  FIELD: template <PodTemplateSpec>
  
  $ kubectl explain componentstatus.conditions
  KIND:       ComponentStatus
  VERSION:    v1
  
  FIELD: conditions <[]ComponentCondition>
  
  
  DESCRIPTION:
      The health checks' results.
      The result of one health check of a component.
      
  FIELDS:
    error	<string>
      The error the check met, if it failed.
  
    message	<string>
      What the component answered.
  
    status	<string> -required-
      True, False or Unknown.
  
    type	<string> -required-
      The kind of check. Only Healthy exists.
  
  
  $ kubectl explain events --api-version=events.k8s.io/v1 | head -12
  GROUP:      events.k8s.io
  KIND:       Event
  VERSION:    v1
  
  DESCRIPTION:
      An Event reports something that happened to an object, such as a pod being
      scheduled or an image pull failing, as the events.k8s.io API writes it. It
      is the same stored event as the core v1 Event, with newer field names.
      Events are kept for a limited time (an hour by default).
      
  FIELDS:
    action	<string>
  $ kubectl explain tokenreview.status.user
  GROUP:      authentication.k8s.io
  KIND:       TokenReview
  VERSION:    v1
  
  FIELD: user <UserInfo>
  
  
  DESCRIPTION:
      The user the token belongs to.
      A user as authentication found it.
      
  FIELDS:
    extra	<map[string][]string>
      Further attributes the authenticator gave.
  
    groups	<[]string>
      The groups the user belongs to.
  
    uid	<string>
      An ID that stays the same for this user while the name may be reused.
  
    username	<string>
      The user's name, unique among current users.
  
  

A version that is not the group's preferred one has its own document: autoscaling/v1 shows the
HorizontalPodAutoscaler with its single CPU target.
  $ kubectl explain hpa.spec --api-version=autoscaling/v1
  GROUP:      autoscaling
  KIND:       HorizontalPodAutoscaler
  VERSION:    v1
  
  FIELD: spec <HorizontalPodAutoscalerSpec>
  
  
  DESCRIPTION:
      What to scale, within which bounds, toward which CPU target.
      What an autoscaler scales and toward which CPU use.
      
  FIELDS:
    maxReplicas	<integer> -required-
      The most replicas the autoscaler may set. Not below minReplicas.
  
    minReplicas	<integer>
      The fewest replicas the autoscaler may set. Defaults to 1.
  
    scaleTargetRef	<CrossVersionObjectReference> -required-
      The workload to scale, such as a Deployment, through its scale subresource.
  
    targetCPUUtilizationPercentage	<integer>
      The average CPU use to aim for, as a percentage of the pods' CPU requests.
      Unset means the default policy.
  
  
