/// Go struct layouts (k8s 1.32) of containers and what they hold: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order
/// (`,inline` for an embedded struct whose fields sit in the parent's JSON object).
extension GoSchema {
    static let containersStructs: [String: String] = [
        "v1.Container": """
        Name name string
        Image image string omitempty
        Command command []string omitempty
        Args args []string omitempty
        WorkingDir workingDir string omitempty
        Ports ports []v1.ContainerPort omitempty
        EnvFrom envFrom []v1.EnvFromSource omitempty
        Env env []v1.EnvVar omitempty
        Resources resources v1.ResourceRequirements omitempty
        ResizePolicy resizePolicy []v1.ContainerResizePolicy omitempty
        RestartPolicy restartPolicy *v1.ContainerRestartPolicy omitempty
        VolumeMounts volumeMounts []v1.VolumeMount omitempty
        VolumeDevices volumeDevices []v1.VolumeDevice omitempty
        LivenessProbe livenessProbe *v1.Probe omitempty
        ReadinessProbe readinessProbe *v1.Probe omitempty
        StartupProbe startupProbe *v1.Probe omitempty
        Lifecycle lifecycle *v1.Lifecycle omitempty
        TerminationMessagePath terminationMessagePath string omitempty
        TerminationMessagePolicy terminationMessagePolicy v1.TerminationMessagePolicy omitempty
        ImagePullPolicy imagePullPolicy v1.PullPolicy omitempty
        SecurityContext securityContext *v1.SecurityContext omitempty
        Stdin stdin bool omitempty
        StdinOnce stdinOnce bool omitempty
        TTY tty bool omitempty
        """,
        "v1.ContainerPort": """
        Name name string omitempty
        HostPort hostPort int32 omitempty
        ContainerPort containerPort int32
        Protocol protocol v1.Protocol omitempty
        HostIP hostIP string omitempty
        """,
        "v1.EnvFromSource": """
        Prefix prefix string omitempty
        ConfigMapRef configMapRef *v1.ConfigMapEnvSource omitempty
        SecretRef secretRef *v1.SecretEnvSource omitempty
        """,
        "v1.ConfigMapEnvSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Optional optional *bool omitempty
        """,
        "v1.SecretEnvSource": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Optional optional *bool omitempty
        """,
        "v1.EnvVar": """
        Name name string
        Value value string omitempty
        ValueFrom valueFrom *v1.EnvVarSource omitempty
        """,
        "v1.EnvVarSource": """
        FieldRef fieldRef *v1.ObjectFieldSelector omitempty
        ResourceFieldRef resourceFieldRef *v1.ResourceFieldSelector omitempty
        ConfigMapKeyRef configMapKeyRef *v1.ConfigMapKeySelector omitempty
        SecretKeyRef secretKeyRef *v1.SecretKeySelector omitempty
        """,
        "v1.ConfigMapKeySelector": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Key key string
        Optional optional *bool omitempty
        """,
        "v1.SecretKeySelector": """
        LocalObjectReference ,inline v1.LocalObjectReference
        Key key string
        Optional optional *bool omitempty
        """,
        "v1.ResourceRequirements": """
        Limits limits v1.ResourceList omitempty
        Requests requests v1.ResourceList omitempty
        Claims claims []v1.ResourceClaim omitempty
        """,
        "v1.ResourceClaim": """
        Name name string
        Request request string omitempty
        """,
        "v1.ContainerResizePolicy": """
        ResourceName resourceName v1.ResourceName
        RestartPolicy restartPolicy v1.ResourceResizeRestartPolicy
        """,
        "v1.VolumeMount": """
        Name name string
        ReadOnly readOnly bool omitempty
        RecursiveReadOnly recursiveReadOnly *v1.RecursiveReadOnlyMode omitempty
        MountPath mountPath string
        SubPath subPath string omitempty
        MountPropagation mountPropagation *v1.MountPropagationMode omitempty
        SubPathExpr subPathExpr string omitempty
        """,
        "v1.VolumeDevice": """
        Name name string
        DevicePath devicePath string
        """,
        "v1.Probe": """
        ProbeHandler ,inline v1.ProbeHandler
        InitialDelaySeconds initialDelaySeconds int32 omitempty
        TimeoutSeconds timeoutSeconds int32 omitempty
        PeriodSeconds periodSeconds int32 omitempty
        SuccessThreshold successThreshold int32 omitempty
        FailureThreshold failureThreshold int32 omitempty
        TerminationGracePeriodSeconds terminationGracePeriodSeconds *int64 omitempty
        """,
        "v1.ProbeHandler": """
        Exec exec *v1.ExecAction omitempty
        HTTPGet httpGet *v1.HTTPGetAction omitempty
        TCPSocket tcpSocket *v1.TCPSocketAction omitempty
        GRPC grpc *v1.GRPCAction omitempty
        """,
        "v1.ExecAction": """
        Command command []string omitempty
        """,
        "v1.HTTPGetAction": """
        Path path string omitempty
        Port port intstr.IntOrString
        Host host string omitempty
        Scheme scheme v1.URIScheme omitempty
        HTTPHeaders httpHeaders []v1.HTTPHeader omitempty
        """,
        "v1.HTTPHeader": """
        Name name string
        Value value string
        """,
        "v1.TCPSocketAction": """
        Port port intstr.IntOrString
        Host host string omitempty
        """,
        "v1.GRPCAction": """
        Port port int32
        Service service *string
        """,
        "v1.Lifecycle": """
        PostStart postStart *v1.LifecycleHandler omitempty
        PreStop preStop *v1.LifecycleHandler omitempty
        """,
        "v1.LifecycleHandler": """
        Exec exec *v1.ExecAction omitempty
        HTTPGet httpGet *v1.HTTPGetAction omitempty
        TCPSocket tcpSocket *v1.TCPSocketAction omitempty
        Sleep sleep *v1.SleepAction omitempty
        """,
        "v1.SleepAction": """
        Seconds seconds int64
        """,
        "v1.SecurityContext": """
        Capabilities capabilities *v1.Capabilities omitempty
        Privileged privileged *bool omitempty
        SELinuxOptions seLinuxOptions *v1.SELinuxOptions omitempty
        WindowsOptions windowsOptions *v1.WindowsSecurityContextOptions omitempty
        RunAsUser runAsUser *int64 omitempty
        RunAsGroup runAsGroup *int64 omitempty
        RunAsNonRoot runAsNonRoot *bool omitempty
        ReadOnlyRootFilesystem readOnlyRootFilesystem *bool omitempty
        AllowPrivilegeEscalation allowPrivilegeEscalation *bool omitempty
        ProcMount procMount *v1.ProcMountType omitempty
        SeccompProfile seccompProfile *v1.SeccompProfile omitempty
        AppArmorProfile appArmorProfile *v1.AppArmorProfile omitempty
        """,
        "v1.Capabilities": """
        Add add []v1.Capability omitempty
        Drop drop []v1.Capability omitempty
        """,
        "v1.SELinuxOptions": """
        User user string omitempty
        Role role string omitempty
        Type type string omitempty
        Level level string omitempty
        """,
        "v1.WindowsSecurityContextOptions": """
        GMSACredentialSpecName gmsaCredentialSpecName *string omitempty
        GMSACredentialSpec gmsaCredentialSpec *string omitempty
        RunAsUserName runAsUserName *string omitempty
        HostProcess hostProcess *bool omitempty
        """,
        "v1.SeccompProfile": """
        Type type v1.SeccompProfileType
        LocalhostProfile localhostProfile *string omitempty
        """,
        "v1.AppArmorProfile": """
        Type type v1.AppArmorProfileType
        LocalhostProfile localhostProfile *string omitempty
        """,
        "v1.EphemeralContainer": """
        EphemeralContainerCommon ,inline v1.EphemeralContainerCommon
        TargetContainerName targetContainerName string omitempty
        """,
        "v1.EphemeralContainerCommon": """
        Name name string
        Image image string omitempty
        Command command []string omitempty
        Args args []string omitempty
        WorkingDir workingDir string omitempty
        Ports ports []v1.ContainerPort omitempty
        EnvFrom envFrom []v1.EnvFromSource omitempty
        Env env []v1.EnvVar omitempty
        Resources resources v1.ResourceRequirements omitempty
        ResizePolicy resizePolicy []v1.ContainerResizePolicy omitempty
        RestartPolicy restartPolicy *v1.ContainerRestartPolicy omitempty
        VolumeMounts volumeMounts []v1.VolumeMount omitempty
        VolumeDevices volumeDevices []v1.VolumeDevice omitempty
        LivenessProbe livenessProbe *v1.Probe omitempty
        ReadinessProbe readinessProbe *v1.Probe omitempty
        StartupProbe startupProbe *v1.Probe omitempty
        Lifecycle lifecycle *v1.Lifecycle omitempty
        TerminationMessagePath terminationMessagePath string omitempty
        TerminationMessagePolicy terminationMessagePolicy v1.TerminationMessagePolicy omitempty
        ImagePullPolicy imagePullPolicy v1.PullPolicy omitempty
        SecurityContext securityContext *v1.SecurityContext omitempty
        Stdin stdin bool omitempty
        StdinOnce stdinOnce bool omitempty
        TTY tty bool omitempty
        """,
    ]
}
