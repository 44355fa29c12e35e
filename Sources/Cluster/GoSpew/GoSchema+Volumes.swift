/// Go struct layouts (k8s 1.32) of volume sources and what they reference: each field as
/// `GoName jsonName GoType` in declaration order (`,inline` for an embedded struct whose
/// fields sit in the parent's JSON object).
extension GoSchema {
    static let volumesStructs: [String: String] = [
        "v1.Volume": """
        Name name string
        VolumeSource ,inline v1.VolumeSource
        """,
        "v1.VolumeSource": """
        HostPath hostPath *v1.HostPathVolumeSource
        EmptyDir emptyDir *v1.EmptyDirVolumeSource
        GCEPersistentDisk gcePersistentDisk *v1.GCEPersistentDiskVolumeSource
        AWSElasticBlockStore awsElasticBlockStore *v1.AWSElasticBlockStoreVolumeSource
        GitRepo gitRepo *v1.GitRepoVolumeSource
        Secret secret *v1.SecretVolumeSource
        NFS nfs *v1.NFSVolumeSource
        ISCSI iscsi *v1.ISCSIVolumeSource
        Glusterfs glusterfs *v1.GlusterfsVolumeSource
        PersistentVolumeClaim persistentVolumeClaim *v1.PersistentVolumeClaimVolumeSource
        RBD rbd *v1.RBDVolumeSource
        FlexVolume flexVolume *v1.FlexVolumeSource
        Cinder cinder *v1.CinderVolumeSource
        CephFS cephfs *v1.CephFSVolumeSource
        Flocker flocker *v1.FlockerVolumeSource
        DownwardAPI downwardAPI *v1.DownwardAPIVolumeSource
        FC fc *v1.FCVolumeSource
        AzureFile azureFile *v1.AzureFileVolumeSource
        ConfigMap configMap *v1.ConfigMapVolumeSource
        VsphereVolume vsphereVolume *v1.VsphereVirtualDiskVolumeSource
        Quobyte quobyte *v1.QuobyteVolumeSource
        AzureDisk azureDisk *v1.AzureDiskVolumeSource
        PhotonPersistentDisk photonPersistentDisk *v1.PhotonPersistentDiskVolumeSource
        Projected projected *v1.ProjectedVolumeSource
        PortworxVolume portworxVolume *v1.PortworxVolumeSource
        ScaleIO scaleIO *v1.ScaleIOVolumeSource
        StorageOS storageos *v1.StorageOSVolumeSource
        CSI csi *v1.CSIVolumeSource
        Ephemeral ephemeral *v1.EphemeralVolumeSource
        Image image *v1.ImageVolumeSource
        """,
        "v1.HostPathVolumeSource": """
        Path path string
        Type type *v1.HostPathType
        """,
        "v1.EmptyDirVolumeSource": """
        Medium medium v1.StorageMedium
        SizeLimit sizeLimit *resource.Quantity
        """,
        "v1.GCEPersistentDiskVolumeSource": """
        PDName pdName string
        FSType fsType string
        Partition partition int32
        ReadOnly readOnly bool
        """,
        "v1.AWSElasticBlockStoreVolumeSource": """
        VolumeID volumeID string
        FSType fsType string
        Partition partition int32
        ReadOnly readOnly bool
        """,
        "v1.GitRepoVolumeSource": """
        Repository repository string
        Revision revision string
        Directory directory string
        """,
        "v1.SecretVolumeSource": """
        SecretName secretName string
        Items items []v1.KeyToPath
        DefaultMode defaultMode *int32
        Optional optional *bool
        """,
        "v1.KeyToPath": """
        Key key string
        Path path string
        Mode mode *int32
        """,
        "v1.NFSVolumeSource": """
        Server server string
        Path path string
        ReadOnly readOnly bool
        """,
        "v1.ISCSIVolumeSource": """
        TargetPortal targetPortal string
        IQN iqn string
        Lun lun int32
        ISCSIInterface iscsiInterface string
        FSType fsType string
        ReadOnly readOnly bool
        Portals portals []string
        DiscoveryCHAPAuth chapAuthDiscovery bool
        SessionCHAPAuth chapAuthSession bool
        SecretRef secretRef *v1.LocalObjectReference
        InitiatorName initiatorName *string
        """,
        "v1.LocalObjectReference": """
        Name name string
        """,
        "v1.GlusterfsVolumeSource": """
        EndpointsName endpoints string
        Path path string
        ReadOnly readOnly bool
        """,
        "v1.PersistentVolumeClaimVolumeSource": """
        ClaimName claimName string
        ReadOnly readOnly bool
        """,
        "v1.RBDVolumeSource": """
        CephMonitors monitors []string
        RBDImage image string
        FSType fsType string
        RBDPool pool string
        RadosUser user string
        Keyring keyring string
        SecretRef secretRef *v1.LocalObjectReference
        ReadOnly readOnly bool
        """,
        "v1.FlexVolumeSource": """
        Driver driver string
        FSType fsType string
        SecretRef secretRef *v1.LocalObjectReference
        ReadOnly readOnly bool
        Options options map[string]string
        """,
        "v1.CinderVolumeSource": """
        VolumeID volumeID string
        FSType fsType string
        ReadOnly readOnly bool
        SecretRef secretRef *v1.LocalObjectReference
        """,
        "v1.CephFSVolumeSource": """
        Monitors monitors []string
        Path path string
        User user string
        SecretFile secretFile string
        SecretRef secretRef *v1.LocalObjectReference
        ReadOnly readOnly bool
        """,
        "v1.FlockerVolumeSource": """
        DatasetName datasetName string
        DatasetUUID datasetUUID string
        """,
        "v1.DownwardAPIVolumeSource": """
        Items items []v1.DownwardAPIVolumeFile
        DefaultMode defaultMode *int32
        """,
        "v1.DownwardAPIVolumeFile": """
        Path path string
        FieldRef fieldRef *v1.ObjectFieldSelector
        ResourceFieldRef resourceFieldRef *v1.ResourceFieldSelector
        Mode mode *int32
        """,
        "v1.ObjectFieldSelector": """
        APIVersion apiVersion string
        FieldPath fieldPath string
        """,
        "v1.ResourceFieldSelector": """
        ContainerName containerName string
        Resource resource string
        Divisor divisor resource.Quantity
        """,
        "v1.FCVolumeSource": """
        TargetWWNs targetWWNs []string
        Lun lun *int32
        FSType fsType string
        ReadOnly readOnly bool
        WWIDs wwids []string
        """,
        "v1.AzureFileVolumeSource": """
        SecretName secretName string
        ShareName shareName string
        ReadOnly readOnly bool
        """,
        "v1.ConfigMapVolumeSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath
        DefaultMode defaultMode *int32
        Optional optional *bool
        """,
        "v1.VsphereVirtualDiskVolumeSource": """
        VolumePath volumePath string
        FSType fsType string
        StoragePolicyName storagePolicyName string
        StoragePolicyID storagePolicyID string
        """,
        "v1.QuobyteVolumeSource": """
        Registry registry string
        Volume volume string
        ReadOnly readOnly bool
        User user string
        Group group string
        Tenant tenant string
        """,
        "v1.AzureDiskVolumeSource": """
        DiskName diskName string
        DataDiskURI diskURI string
        CachingMode cachingMode *v1.AzureDataDiskCachingMode
        FSType fsType *string
        ReadOnly readOnly *bool
        Kind kind *v1.AzureDataDiskKind
        """,
        "v1.PhotonPersistentDiskVolumeSource": """
        PdID pdID string
        FSType fsType string
        """,
        "v1.ProjectedVolumeSource": """
        Sources sources []v1.VolumeProjection
        DefaultMode defaultMode *int32
        """,
        "v1.VolumeProjection": """
        Secret secret *v1.SecretProjection
        DownwardAPI downwardAPI *v1.DownwardAPIProjection
        ConfigMap configMap *v1.ConfigMapProjection
        ServiceAccountToken serviceAccountToken *v1.ServiceAccountTokenProjection
        ClusterTrustBundle clusterTrustBundle *v1.ClusterTrustBundleProjection
        """,
        "v1.SecretProjection": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath
        Optional optional *bool
        """,
        "v1.DownwardAPIProjection": """
        Items items []v1.DownwardAPIVolumeFile
        """,
        "v1.ConfigMapProjection": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath
        Optional optional *bool
        """,
        "v1.ServiceAccountTokenProjection": """
        Audience audience string
        ExpirationSeconds expirationSeconds *int64
        Path path string
        """,
        "v1.ClusterTrustBundleProjection": """
        Name name *string
        SignerName signerName *string
        LabelSelector labelSelector *v1.LabelSelector
        Optional optional *bool
        Path path string
        """,
        "v1.PortworxVolumeSource": """
        VolumeID volumeID string
        FSType fsType string
        ReadOnly readOnly bool
        """,
        "v1.ScaleIOVolumeSource": """
        Gateway gateway string
        System system string
        SecretRef secretRef *v1.LocalObjectReference
        SSLEnabled sslEnabled bool
        ProtectionDomain protectionDomain string
        StoragePool storagePool string
        StorageMode storageMode string
        VolumeName volumeName string
        FSType fsType string
        ReadOnly readOnly bool
        """,
        "v1.StorageOSVolumeSource": """
        VolumeName volumeName string
        VolumeNamespace volumeNamespace string
        FSType fsType string
        ReadOnly readOnly bool
        SecretRef secretRef *v1.LocalObjectReference
        """,
        "v1.CSIVolumeSource": """
        Driver driver string
        ReadOnly readOnly *bool
        FSType fsType *string
        VolumeAttributes volumeAttributes map[string]string
        NodePublishSecretRef nodePublishSecretRef *v1.LocalObjectReference
        """,
        "v1.EphemeralVolumeSource": """
        VolumeClaimTemplate volumeClaimTemplate *v1.PersistentVolumeClaimTemplate
        """,
        "v1.PersistentVolumeClaimTemplate": """
        ObjectMeta metadata v1.ObjectMeta
        Spec spec v1.PersistentVolumeClaimSpec
        """,
        "v1.PersistentVolumeClaimSpec": """
        AccessModes accessModes []v1.PersistentVolumeAccessMode
        Selector selector *v1.LabelSelector
        Resources resources v1.VolumeResourceRequirements
        VolumeName volumeName string
        StorageClassName storageClassName *string
        VolumeMode volumeMode *v1.PersistentVolumeMode
        DataSource dataSource *v1.TypedLocalObjectReference
        DataSourceRef dataSourceRef *v1.TypedObjectReference
        VolumeAttributesClassName volumeAttributesClassName *string
        """,
        "v1.VolumeResourceRequirements": """
        Limits limits v1.ResourceList
        Requests requests v1.ResourceList
        """,
        "v1.TypedLocalObjectReference": """
        APIGroup apiGroup *string
        Kind kind string
        Name name string
        """,
        "v1.TypedObjectReference": """
        APIGroup apiGroup *string
        Kind kind string
        Name name string
        Namespace namespace *string
        """,
        "v1.ImageVolumeSource": """
        Reference reference string
        PullPolicy pullPolicy v1.PullPolicy
        """,
    ]
}
