Tables of the admission, storage (CSI) and certificate kinds, as printers.go builds them: counts
of webhooks and validations, parameter references, CSIDriver defaults, and the requesting user
a CertificateSigningRequest records.
  $ cat > /tmp/objs.yaml <<'EOF'
  > apiVersion: storage.k8s.io/v1
  > kind: CSIDriver
  > metadata:
  >   name: hostpath.csi.k8s.io
  > spec:
  >   attachRequired: false
  >   podInfoOnMount: true
  >   volumeLifecycleModes: [Persistent, Ephemeral]
  >   tokenRequests:
  >   - audience: vault
  >   - audience: sts.amazonaws.com
  > ---
  > apiVersion: storage.k8s.io/v1
  > kind: CSIDriver
  > metadata:
  >   name: plain.csi.example.com
  > ---
  > apiVersion: storage.k8s.io/v1
  > kind: VolumeAttachment
  > metadata:
  >   name: csi-0123456789abcdef
  > spec:
  >   attacher: hostpath.csi.k8s.io
  >   nodeName: tk8s-worker1
  >   source:
  >     persistentVolumeName: pv-data
  > ---
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: alice
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZUQ0NBVDBDQVFBd0VERU9NQXdHQTFVRUF3d0ZZV3hwWTJVd2dnRWlNQTBHQ1NxR1NJYjNEUUVCQVFVQQpBNElCRHdBd2dnRUtBb0lCQVFEV1R3TFcwUnhLeGpyZGVYNFlEeWVUbEUrWFZvYms1YkFhUkxBdGN4VVV2UEpsCm5YZFMwcHNRNVg1TmFiL2hpV1ZkbHRxYUxvUmxldU5uZ2xmUmQ4bE9GMVdhd1A2ekhuU0lyWUxXNVlrQzBzT0wKZjBGblVuSFVlZlZIRUtySXUxTWFLa2xQZ3RJdGQvOEl2dW9IVVllOEhWVlB0aFRmVDFBOFJsVExRQ2dBZE9DMgpCT1FQZFhhWTNlbWRoUDVTcWo3alVTaGlqQUNwWFREdHl5UXJ2WEpEZFpZbThSK0krZnV3MHJqN09PQkRJZVVlClZNS3psS0NjVXQ5dk9Idk56NFQ4dGZlRExKSE1nZ3V2b1M3RkdjZllWK25zTjZ2LzAxaFVNUmNzRE9na1hVb1EKNEVjd2FCQlpXTHhlbEtEMWZscVBmeU5qMjFEWklOc0taSGM0dklCZEFnTUJBQUdnQURBTkJna3Foa2lHOXcwQgpBUXNGQUFPQ0FRRUF4UHJEdjFpVnVMSHdkdEF3NmsyakZzM3Y2d1A3cUYxTXBTdDl0aC9iWHJDOE1mZGgrNTBDCndteTdCdFpUZXFmMjFTL0k0bGhZeEJqNTFVcU9XSWNzNWVZYXh5VkRkZFYvcUZJRFZVWThKU3crcFlLUHhJTlMKcTdsb2NKMlZTcjN4SmJndENoaHhIc3dlSDkyRk5SUHdDVUlxcHl5WGJjNVBWdGcya0dIdUxSbnBCUS82bmpiUQpYVnV2R0YxMklTVEhGam1iK3l2UGsyaXNZZjk0c01YaXV4ZDlma0VhMDlsT0w2QTZ2dktmODlnY0Z3ZWZXRmxOClBjeSszd0tBK0tRY0RMMStCZCtjaHFZMFU0Y2l1R3BYSjNUS3lIOVE1Ui9sN3JIUnl2TmF0NnEyaStVRDVmQWUKQmF5ZUxkcjA3R2lET0lqV3BaazRvTUtnRFhmT2x0TnNqQT09Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=
  >   signerName: kubernetes.io/kube-apiserver-client
  >   expirationSeconds: 86400
  >   usages: [client auth]
  > ---
  > apiVersion: admissionregistration.k8s.io/v1
  > kind: ValidatingAdmissionPolicy
  > metadata:
  >   name: replica-limit
  > spec:
  >   failurePolicy: Fail
  >   paramKind:
  >     apiVersion: v1
  >     kind: ConfigMap
  >   matchConstraints:
  >     resourceRules:
  >     - apiGroups: [apps]
  >       apiVersions: [v1]
  >       operations: [CREATE, UPDATE]
  >       resources: [deployments]
  >   validations:
  >   - expression: "object.spec.replicas <= 5"
  > ---
  > apiVersion: admissionregistration.k8s.io/v1
  > kind: ValidatingAdmissionPolicyBinding
  > metadata:
  >   name: replica-limit-binding
  > spec:
  >   policyName: replica-limit
  >   validationActions: [Deny]
  >   paramRef:
  >     name: limits
  >     namespace: default
  >     parameterNotFoundAction: Deny
  > ---
  > apiVersion: admissionregistration.k8s.io/v1
  > kind: ValidatingAdmissionPolicyBinding
  > metadata:
  >   name: selected-binding
  > spec:
  >   policyName: replica-limit
  >   validationActions: [Deny]
  >   paramRef:
  >     selector:
  >       matchLabels: {tier: gold, app: web}
  >     parameterNotFoundAction: Allow
  > ---
  > apiVersion: admissionregistration.k8s.io/v1
  > kind: ValidatingWebhookConfiguration
  > metadata:
  >   name: demo-webhook
  > webhooks:
  > - name: a.demo.example.com
  >   admissionReviewVersions: [v1]
  >   sideEffects: None
  >   clientConfig:
  >     url: https://example.com/a
  > - name: b.demo.example.com
  >   admissionReviewVersions: [v1]
  >   sideEffects: None
  >   clientConfig:
  >     url: https://example.com/b
  > ---
  > apiVersion: storage.k8s.io/v1
  > kind: CSIStorageCapacity
  > metadata:
  >   name: csisc-abc12
  >   namespace: default
  > storageClassName: local-path
  > capacity: 10Gi
  > EOF
  $ kubectl apply -f /tmp/objs.yaml
  csidriver.storage.k8s.io/hostpath.csi.k8s.io created
  csidriver.storage.k8s.io/plain.csi.example.com created
  volumeattachment.storage.k8s.io/csi-0123456789abcdef created
  certificatesigningrequest.certificates.k8s.io/alice created
  validatingadmissionpolicy.admissionregistration.k8s.io/replica-limit created
  validatingadmissionpolicybinding.admissionregistration.k8s.io/replica-limit-binding created
  validatingadmissionpolicybinding.admissionregistration.k8s.io/selected-binding created
  validatingwebhookconfiguration.admissionregistration.k8s.io/demo-webhook created
  csistoragecapacity.storage.k8s.io/csisc-abc12 created
  $ kubectl get csidrivers
  NAME                    ATTACHREQUIRED   PODINFOONMOUNT   STORAGECAPACITY   TOKENREQUESTS             REQUIRESREPUBLISH   MODES                  AGE
  hostpath.csi.k8s.io     false            true             false             vault,sts.amazonaws.com   false               Persistent,Ephemeral   0s
  plain.csi.example.com   true             false            false             <unset>                   false               Persistent             0s
  $ kubectl get csidriver plain.csi.example.com -o yaml
  apiVersion: storage.k8s.io/v1
  kind: CSIDriver
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"storage.k8s.io/v1","kind":"CSIDriver","metadata":{"annotations":{},"name":"plain.csi.example.com"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: plain.csi.example.com
    resourceVersion: "166"
    uid: 0485a1f7-4031-4f02-bfdf-a959b47888af
  spec:
    attachRequired: true
    fsGroupPolicy: ReadWriteOnceWithFSType
    podInfoOnMount: false
    requiresRepublish: false
    seLinuxMount: false
    storageCapacity: false
    volumeLifecycleModes:
    - Persistent
  $ kubectl get volumeattachments -o wide
  NAME                   ATTACHER              PV        NODE           ATTACHED   AGE
  csi-0123456789abcdef   hostpath.csi.k8s.io   pv-data   tk8s-worker1   false      0s
  $ kubectl get csr
  NAME    AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
  alice   0s    kubernetes.io/kube-apiserver-client   kubernetes-admin   24h                 Pending
  $ kubectl get csr alice -o jsonpath='{.spec.username} {.spec.groups}{"\n"}'
  kubernetes-admin ["kubeadm:cluster-admins","system:authenticated"]
  $ kubectl get validatingadmissionpolicies
  NAME            VALIDATIONS   PARAMKIND      AGE
  replica-limit   1             v1/ConfigMap   0s
  $ kubectl get validatingadmissionpolicybindings
  NAME                    POLICYNAME      PARAMREF                                                                                                             AGE
  replica-limit-binding   replica-limit   default/limits                                                                                                       0s
  selected-binding        replica-limit   &LabelSelector{MatchLabels:map[string]string{app: web,tier: gold,},MatchExpressions:[]LabelSelectorRequirement{},}   0s
  $ kubectl get mutatingwebhookconfigurations
  No resources found
  $ kubectl get validatingwebhookconfigurations
  NAME           WEBHOOKS   AGE
  demo-webhook   2          0s
  $ kubectl get csistoragecapacities -A
  NAMESPACE   NAME          STORAGECLASSNAME   CAPACITY
  default     csisc-abc12   local-path         10Gi
  $ kubectl get csidrivers,volumeattachments
  NAME                                             ATTACHREQUIRED   PODINFOONMOUNT   STORAGECAPACITY   TOKENREQUESTS             REQUIRESREPUBLISH   MODES                  AGE
  csidriver.storage.k8s.io/hostpath.csi.k8s.io     false            true             false             vault,sts.amazonaws.com   false               Persistent,Ephemeral   0s
  csidriver.storage.k8s.io/plain.csi.example.com   true             false            false             <unset>                   false               Persistent             0s
  
  NAME                                                   ATTACHER              PV        NODE           ATTACHED   AGE
  volumeattachment.storage.k8s.io/csi-0123456789abcdef   hostpath.csi.k8s.io   pv-data   tk8s-worker1   false      0s
  $ sleep 300
  $ kubectl get validatingwebhookconfigurations,validatingadmissionpolicies
  NAME                                                                       WEBHOOKS   AGE
  validatingwebhookconfiguration.admissionregistration.k8s.io/demo-webhook   2          5m
  
  NAME                                                                   VALIDATIONS   PARAMKIND      AGE
  validatingadmissionpolicy.admissionregistration.k8s.io/replica-limit   1             v1/ConfigMap   5m
