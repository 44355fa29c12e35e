/// Go struct layouts (k8s 1.32) of volume sources and what they reference: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order
/// (`,inline` for an embedded struct whose fields sit in the parent's JSON object).
extension GoSchema {
    static let volumesStructs: [String: String] = [
        "v1.Volume": """
        Name name string
        VolumeSource ,inline v1.VolumeSource
        """,
        "v1.VolumeSource": """
        HostPath hostPath *v1.HostPathVolumeSource omitempty
        EmptyDir emptyDir *v1.EmptyDirVolumeSource omitempty
        GCEPersistentDisk gcePersistentDisk *v1.GCEPersistentDiskVolumeSource omitempty
        AWSElasticBlockStore awsElasticBlockStore *v1.AWSElasticBlockStoreVolumeSource omitempty
        GitRepo gitRepo *v1.GitRepoVolumeSource omitempty
        Secret secret *v1.SecretVolumeSource omitempty
        NFS nfs *v1.NFSVolumeSource omitempty
        ISCSI iscsi *v1.ISCSIVolumeSource omitempty
        Glusterfs glusterfs *v1.GlusterfsVolumeSource omitempty
        PersistentVolumeClaim persistentVolumeClaim *v1.PersistentVolumeClaimVolumeSource omitempty
        RBD rbd *v1.RBDVolumeSource omitempty
        FlexVolume flexVolume *v1.FlexVolumeSource omitempty
        Cinder cinder *v1.CinderVolumeSource omitempty
        CephFS cephfs *v1.CephFSVolumeSource omitempty
        Flocker flocker *v1.FlockerVolumeSource omitempty
        DownwardAPI downwardAPI *v1.DownwardAPIVolumeSource omitempty
        FC fc *v1.FCVolumeSource omitempty
        AzureFile azureFile *v1.AzureFileVolumeSource omitempty
        ConfigMap configMap *v1.ConfigMapVolumeSource omitempty
        VsphereVolume vsphereVolume *v1.VsphereVirtualDiskVolumeSource omitempty
        Quobyte quobyte *v1.QuobyteVolumeSource omitempty
        AzureDisk azureDisk *v1.AzureDiskVolumeSource omitempty
        PhotonPersistentDisk photonPersistentDisk *v1.PhotonPersistentDiskVolumeSource omitempty
        Projected projected *v1.ProjectedVolumeSource omitempty
        PortworxVolume portworxVolume *v1.PortworxVolumeSource omitempty
        ScaleIO scaleIO *v1.ScaleIOVolumeSource omitempty
        StorageOS storageos *v1.StorageOSVolumeSource omitempty
        CSI csi *v1.CSIVolumeSource omitempty
        Ephemeral ephemeral *v1.EphemeralVolumeSource omitempty
        Image image *v1.ImageVolumeSource omitempty
        """,
        "v1.HostPathVolumeSource": """
        Path path string
        Type type *v1.HostPathType omitempty
        """,
        "v1.EmptyDirVolumeSource": """
        Medium medium v1.StorageMedium omitempty
        SizeLimit sizeLimit *resource.Quantity omitempty
        """,
        "v1.GCEPersistentDiskVolumeSource": """
        PDName pdName string
        FSType fsType string omitempty
        Partition partition int32 omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.AWSElasticBlockStoreVolumeSource": """
        VolumeID volumeID string
        FSType fsType string omitempty
        Partition partition int32 omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.GitRepoVolumeSource": """
        Repository repository string
        Revision revision string omitempty
        Directory directory string omitempty
        """,
        "v1.SecretVolumeSource": """
        SecretName secretName string omitempty
        Items items []v1.KeyToPath omitempty
        DefaultMode defaultMode *int32 omitempty
        Optional optional *bool omitempty
        """,
        "v1.KeyToPath": """
        Key key string
        Path path string
        Mode mode *int32 omitempty
        """,
        "v1.NFSVolumeSource": """
        Server server string
        Path path string
        ReadOnly readOnly bool omitempty
        """,
        "v1.ISCSIVolumeSource": """
        TargetPortal targetPortal string
        IQN iqn string
        Lun lun int32
        ISCSIInterface iscsiInterface string omitempty
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        Portals portals []string omitempty
        DiscoveryCHAPAuth chapAuthDiscovery bool omitempty
        SessionCHAPAuth chapAuthSession bool omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        InitiatorName initiatorName *string omitempty
        """,
        "v1.LocalObjectReference": """
        Name name string omitempty
        """,
        "v1.GlusterfsVolumeSource": """
        EndpointsName endpoints string
        Path path string
        ReadOnly readOnly bool omitempty
        """,
        "v1.PersistentVolumeClaimVolumeSource": """
        ClaimName claimName string
        ReadOnly readOnly bool omitempty
        """,
        "v1.RBDVolumeSource": """
        CephMonitors monitors []string
        RBDImage image string
        FSType fsType string omitempty
        RBDPool pool string omitempty
        RadosUser user string omitempty
        Keyring keyring string omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.FlexVolumeSource": """
        Driver driver string
        FSType fsType string omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        ReadOnly readOnly bool omitempty
        Options options map[string]string omitempty
        """,
        "v1.CinderVolumeSource": """
        VolumeID volumeID string
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        """,
        "v1.CephFSVolumeSource": """
        Monitors monitors []string
        Path path string omitempty
        User user string omitempty
        SecretFile secretFile string omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.FlockerVolumeSource": """
        DatasetName datasetName string omitempty
        DatasetUUID datasetUUID string omitempty
        """,
        "v1.DownwardAPIVolumeSource": """
        Items items []v1.DownwardAPIVolumeFile omitempty
        DefaultMode defaultMode *int32 omitempty
        """,
        "v1.DownwardAPIVolumeFile": """
        Path path string
        FieldRef fieldRef *v1.ObjectFieldSelector omitempty
        ResourceFieldRef resourceFieldRef *v1.ResourceFieldSelector omitempty
        Mode mode *int32 omitempty
        """,
        "v1.ObjectFieldSelector": """
        APIVersion apiVersion string omitempty
        FieldPath fieldPath string
        """,
        "v1.ResourceFieldSelector": """
        ContainerName containerName string omitempty
        Resource resource string
        Divisor divisor resource.Quantity omitempty
        """,
        "v1.FCVolumeSource": """
        TargetWWNs targetWWNs []string omitempty
        Lun lun *int32 omitempty
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        WWIDs wwids []string omitempty
        """,
        "v1.AzureFileVolumeSource": """
        SecretName secretName string
        ShareName shareName string
        ReadOnly readOnly bool omitempty
        """,
        "v1.ConfigMapVolumeSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath omitempty
        DefaultMode defaultMode *int32 omitempty
        Optional optional *bool omitempty
        """,
        "v1.VsphereVirtualDiskVolumeSource": """
        VolumePath volumePath string
        FSType fsType string omitempty
        StoragePolicyName storagePolicyName string omitempty
        StoragePolicyID storagePolicyID string omitempty
        """,
        "v1.QuobyteVolumeSource": """
        Registry registry string
        Volume volume string
        ReadOnly readOnly bool omitempty
        User user string omitempty
        Group group string omitempty
        Tenant tenant string omitempty
        """,
        "v1.AzureDiskVolumeSource": """
        DiskName diskName string
        DataDiskURI diskURI string
        CachingMode cachingMode *v1.AzureDataDiskCachingMode omitempty
        FSType fsType *string omitempty
        ReadOnly readOnly *bool omitempty
        Kind kind *v1.AzureDataDiskKind omitempty
        """,
        "v1.PhotonPersistentDiskVolumeSource": """
        PdID pdID string
        FSType fsType string omitempty
        """,
        "v1.ProjectedVolumeSource": """
        Sources sources []v1.VolumeProjection
        DefaultMode defaultMode *int32 omitempty
        """,
        "v1.VolumeProjection": """
        Secret secret *v1.SecretProjection omitempty
        DownwardAPI downwardAPI *v1.DownwardAPIProjection omitempty
        ConfigMap configMap *v1.ConfigMapProjection omitempty
        ServiceAccountToken serviceAccountToken *v1.ServiceAccountTokenProjection omitempty
        ClusterTrustBundle clusterTrustBundle *v1.ClusterTrustBundleProjection omitempty
        """,
        "v1.SecretProjection": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath omitempty
        Optional optional *bool omitempty
        """,
        "v1.DownwardAPIProjection": """
        Items items []v1.DownwardAPIVolumeFile omitempty
        """,
        "v1.ConfigMapProjection": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Items items []v1.KeyToPath omitempty
        Optional optional *bool omitempty
        """,
        "v1.ServiceAccountTokenProjection": """
        Audience audience string omitempty
        ExpirationSeconds expirationSeconds *int64 omitempty
        Path path string
        """,
        "v1.ClusterTrustBundleProjection": """
        Name name *string omitempty
        SignerName signerName *string omitempty
        LabelSelector labelSelector *v1.LabelSelector omitempty
        Optional optional *bool omitempty
        Path path string
        """,
        "v1.PortworxVolumeSource": """
        VolumeID volumeID string
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.ScaleIOVolumeSource": """
        Gateway gateway string
        System system string
        SecretRef secretRef *v1.LocalObjectReference
        SSLEnabled sslEnabled bool omitempty
        ProtectionDomain protectionDomain string omitempty
        StoragePool storagePool string omitempty
        StorageMode storageMode string omitempty
        VolumeName volumeName string omitempty
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        """,
        "v1.StorageOSVolumeSource": """
        VolumeName volumeName string omitempty
        VolumeNamespace volumeNamespace string omitempty
        FSType fsType string omitempty
        ReadOnly readOnly bool omitempty
        SecretRef secretRef *v1.LocalObjectReference omitempty
        """,
        "v1.CSIVolumeSource": """
        Driver driver string
        ReadOnly readOnly *bool omitempty
        FSType fsType *string omitempty
        VolumeAttributes volumeAttributes map[string]string omitempty
        NodePublishSecretRef nodePublishSecretRef *v1.LocalObjectReference omitempty
        """,
        "v1.EphemeralVolumeSource": """
        VolumeClaimTemplate volumeClaimTemplate *v1.PersistentVolumeClaimTemplate omitempty
        """,
        "v1.PersistentVolumeClaimTemplate": """
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.PersistentVolumeClaimSpec
        """,
        "v1.PersistentVolumeClaimSpec": """
        AccessModes accessModes []v1.PersistentVolumeAccessMode omitempty
        Selector selector *v1.LabelSelector omitempty
        Resources resources v1.VolumeResourceRequirements omitempty
        VolumeName volumeName string omitempty
        StorageClassName storageClassName *string omitempty
        VolumeMode volumeMode *v1.PersistentVolumeMode omitempty
        DataSource dataSource *v1.TypedLocalObjectReference omitempty
        DataSourceRef dataSourceRef *v1.TypedObjectReference omitempty
        VolumeAttributesClassName volumeAttributesClassName *string omitempty
        """,
        "v1.VolumeResourceRequirements": """
        Limits limits v1.ResourceList omitempty
        Requests requests v1.ResourceList omitempty
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
        Namespace namespace *string omitempty
        """,
        "v1.ImageVolumeSource": """
        Reference reference string omitempty
        PullPolicy pullPolicy v1.PullPolicy omitempty
        """,
    ]
}
