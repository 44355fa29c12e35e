/// Go struct layouts (k8s 1.32) of containers and what they hold: each field as
/// `GoName jsonName GoType` in declaration order (`,inline` for an embedded struct whose
/// fields sit in the parent's JSON object).
extension GoSchema {
    static let containersStructs: [String: String] = [
        "v1.Container": """
        Name name string
        Image image string
        Command command []string
        Args args []string
        WorkingDir workingDir string
        Ports ports []v1.ContainerPort
        EnvFrom envFrom []v1.EnvFromSource
        Env env []v1.EnvVar
        Resources resources v1.ResourceRequirements
        ResizePolicy resizePolicy []v1.ContainerResizePolicy
        RestartPolicy restartPolicy *v1.ContainerRestartPolicy
        VolumeMounts volumeMounts []v1.VolumeMount
        VolumeDevices volumeDevices []v1.VolumeDevice
        LivenessProbe livenessProbe *v1.Probe
        ReadinessProbe readinessProbe *v1.Probe
        StartupProbe startupProbe *v1.Probe
        Lifecycle lifecycle *v1.Lifecycle
        TerminationMessagePath terminationMessagePath string
        TerminationMessagePolicy terminationMessagePolicy v1.TerminationMessagePolicy
        ImagePullPolicy imagePullPolicy v1.PullPolicy
        SecurityContext securityContext *v1.SecurityContext
        Stdin stdin bool
        StdinOnce stdinOnce bool
        TTY tty bool
        """,
        "v1.ContainerPort": """
        Name name string
        HostPort hostPort int32
        ContainerPort containerPort int32
        Protocol protocol v1.Protocol
        HostIP hostIP string
        """,
        "v1.EnvFromSource": """
        Prefix prefix string
        ConfigMapRef configMapRef *v1.ConfigMapEnvSource
        SecretRef secretRef *v1.SecretEnvSource
        """,
        "v1.ConfigMapEnvSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Optional optional *bool
        """,
        "v1.SecretEnvSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Optional optional *bool
        """,
        "v1.EnvVar": """
        Name name string
        Value value string
        ValueFrom valueFrom *v1.EnvVarSource
        """,
        "v1.EnvVarSource": """
        FieldRef fieldRef *v1.ObjectFieldSelector
        ResourceFieldRef resourceFieldRef *v1.ResourceFieldSelector
        ConfigMapKeyRef configMapKeyRef *v1.ConfigMapKeySelector
        SecretKeyRef secretKeyRef *v1.SecretKeySelector
        """,
        "v1.ConfigMapKeySelector": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Key key string
        Optional optional *bool
        """,
        "v1.SecretKeySelector": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Key key string
        Optional optional *bool
        """,
        "v1.ResourceRequirements": """
        Limits limits v1.ResourceList
        Requests requests v1.ResourceList
        Claims claims []v1.ResourceClaim
        """,
        "v1.ResourceClaim": """
        Name name string
        Request request string
        """,
        "v1.ContainerResizePolicy": """
        ResourceName resourceName v1.ResourceName
        RestartPolicy restartPolicy v1.ResourceResizeRestartPolicy
        """,
        "v1.VolumeMount": """
        Name name string
        ReadOnly readOnly bool
        RecursiveReadOnly recursiveReadOnly *v1.RecursiveReadOnlyMode
        MountPath mountPath string
        SubPath subPath string
        MountPropagation mountPropagation *v1.MountPropagationMode
        SubPathExpr subPathExpr string
        """,
        "v1.VolumeDevice": """
        Name name string
        DevicePath devicePath string
        """,
        "v1.Probe": """
        ProbeHandler ,inline v1.ProbeHandler
        InitialDelaySeconds initialDelaySeconds int32
        TimeoutSeconds timeoutSeconds int32
        PeriodSeconds periodSeconds int32
        SuccessThreshold successThreshold int32
        FailureThreshold failureThreshold int32
        TerminationGracePeriodSeconds terminationGracePeriodSeconds *int64
        """,
        "v1.ProbeHandler": """
        Exec exec *v1.ExecAction
        HTTPGet httpGet *v1.HTTPGetAction
        TCPSocket tcpSocket *v1.TCPSocketAction
        GRPC grpc *v1.GRPCAction
        """,
        "v1.ExecAction": """
        Command command []string
        """,
        "v1.HTTPGetAction": """
        Path path string
        Port port intstr.IntOrString
        Host host string
        Scheme scheme v1.URIScheme
        HTTPHeaders httpHeaders []v1.HTTPHeader
        """,
        "v1.HTTPHeader": """
        Name name string
        Value value string
        """,
        "v1.TCPSocketAction": """
        Port port intstr.IntOrString
        Host host string
        """,
        "v1.GRPCAction": """
        Port port int32
        Service service *string
        """,
        "v1.Lifecycle": """
        PostStart postStart *v1.LifecycleHandler
        PreStop preStop *v1.LifecycleHandler
        """,
        "v1.LifecycleHandler": """
        Exec exec *v1.ExecAction
        HTTPGet httpGet *v1.HTTPGetAction
        TCPSocket tcpSocket *v1.TCPSocketAction
        Sleep sleep *v1.SleepAction
        """,
        "v1.SleepAction": """
        Seconds seconds int64
        """,
        "v1.SecurityContext": """
        Capabilities capabilities *v1.Capabilities
        Privileged privileged *bool
        SELinuxOptions seLinuxOptions *v1.SELinuxOptions
        WindowsOptions windowsOptions *v1.WindowsSecurityContextOptions
        RunAsUser runAsUser *int64
        RunAsGroup runAsGroup *int64
        RunAsNonRoot runAsNonRoot *bool
        ReadOnlyRootFilesystem readOnlyRootFilesystem *bool
        AllowPrivilegeEscalation allowPrivilegeEscalation *bool
        ProcMount procMount *v1.ProcMountType
        SeccompProfile seccompProfile *v1.SeccompProfile
        AppArmorProfile appArmorProfile *v1.AppArmorProfile
        """,
        "v1.Capabilities": """
        Add add []v1.Capability
        Drop drop []v1.Capability
        """,
        "v1.SELinuxOptions": """
        User user string
        Role role string
        Type type string
        Level level string
        """,
        "v1.WindowsSecurityContextOptions": """
        GMSACredentialSpecName gmsaCredentialSpecName *string
        GMSACredentialSpec gmsaCredentialSpec *string
        RunAsUserName runAsUserName *string
        HostProcess hostProcess *bool
        """,
        "v1.SeccompProfile": """
        Type type v1.SeccompProfileType
        LocalhostProfile localhostProfile *string
        """,
        "v1.AppArmorProfile": """
        Type type v1.AppArmorProfileType
        LocalhostProfile localhostProfile *string
        """,
        "v1.EphemeralContainer": """
        EphemeralContainerCommon ,inline v1.EphemeralContainerCommon
        TargetContainerName targetContainerName string
        """,
        "v1.EphemeralContainerCommon": """
        Name name string
        Image image string
        Command command []string
        Args args []string
        WorkingDir workingDir string
        Ports ports []v1.ContainerPort
        EnvFrom envFrom []v1.EnvFromSource
        Env env []v1.EnvVar
        Resources resources v1.ResourceRequirements
        ResizePolicy resizePolicy []v1.ContainerResizePolicy
        RestartPolicy restartPolicy *v1.ContainerRestartPolicy
        VolumeMounts volumeMounts []v1.VolumeMount
        VolumeDevices volumeDevices []v1.VolumeDevice
        LivenessProbe livenessProbe *v1.Probe
        ReadinessProbe readinessProbe *v1.Probe
        StartupProbe startupProbe *v1.Probe
        Lifecycle lifecycle *v1.Lifecycle
        TerminationMessagePath terminationMessagePath string
        TerminationMessagePolicy terminationMessagePolicy v1.TerminationMessagePolicy
        ImagePullPolicy imagePullPolicy v1.PullPolicy
        SecurityContext securityContext *v1.SecurityContext
        Stdin stdin bool
        StdinOnce stdinOnce bool
        TTY tty bool
        """,
    ]
}
