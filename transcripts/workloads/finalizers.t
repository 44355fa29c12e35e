Any finalizer holds an object being deleted, as the apiserver does: it stays, marked with a
deletion time and no grace period, until the finalizer is taken off. `kubectl delete` waits for
it to go (here 30 seconds, with --timeout; see finalizer-delete-wait.t for a plain delete).
  $ kubectl create configmap held --from-literal=a=b
  configmap/held created
  $ kubectl patch configmap held -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  configmap/held patched
  $ kubectl delete configmap held --timeout=30s
  configmap "held" deleted
  error: timed out waiting for the condition on configmaps/held
  $ echo $?
  1
  $ kubectl get configmap held
  NAME   DATA   AGE
  held   1      30s
  $ kubectl get configmap held -o jsonpath='{.metadata.deletionTimestamp} {.metadata.deletionGracePeriodSeconds} {.metadata.finalizers}{"\n"}'
  2025-04-23T07:25:00Z 0 ["example.com/hold"]

No finalizer may be added to an object that is being deleted.
  $ kubectl patch configmap held --type=merge -p '{"metadata":{"finalizers":["example.com/hold","example.com/more"]}}'
  The ConfigMap "held" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/more"}

Taking the finalizer off lets the object go.
  $ kubectl patch configmap held --type=merge -p '{"metadata":{"finalizers":null}}'
  configmap/held patched
  $ kubectl get configmap held
  Error from server (NotFound): configmaps "held" not found

A built-in kind's finalizer needs a domain, unless it is one of the standard names.
  $ kubectl create configmap bad --from-literal=a=b --dry-run=client -o yaml > bad.yaml
  $ sed -i 's/^metadata:/metadata:\n  finalizers: [cleanup]/' bad.yaml
  $ kubectl create -f bad.yaml
  The ConfigMap "bad" is invalid: metadata.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified

A pod held by a finalizer: the kubelet stops its containers, and the pod stays, finished.
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl patch pod web -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  pod/web patched
  $ kubectl delete pod web --wait=false
  pod "web" deleted
  $ kubectl get pod web
  NAME   READY   STATUS        RESTARTS   AGE
  web    1/1     Terminating   0          10s
  $ sleep 5
  $ kubectl get pod web
  NAME   READY   STATUS      RESTARTS   AGE
  web    0/1     Completed   0          15s
  $ kubectl get pod web -o jsonpath='{.status.phase} {.metadata.deletionGracePeriodSeconds}{"\n"}'
  Succeeded 0
  $ kubectl patch pod web --type=json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
  pod/web patched
  $ kubectl get pod web
  Error from server (NotFound): pods "web" not found

A namespace whose content a finalizer holds stays Terminating, and its conditions say why.
  $ kubectl create namespace cute
  namespace/cute created
  $ kubectl create configmap held -n cute --from-literal=a=b
  configmap/held created
  $ kubectl patch configmap held -n cute --type=merge -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  configmap/held patched
  $ kubectl delete namespace cute --wait=false
  namespace "cute" deleted
  $ sleep 30
  $ kubectl get namespace cute
  NAME   STATUS        AGE
  cute   Terminating   30s
  $ kubectl get configmap -n cute
  NAME   DATA   AGE
  held   1      30s
  $ kubectl describe namespace cute
  Name:         cute
  Labels:       kubernetes.io/metadata.name=cute
  Annotations:  <none>
  Status:       Terminating
  Conditions:
    Type                                         Status  LastTransitionTime               Reason                Message
    ----                                         ------  ------------------               ------                -------
    NamespaceDeletionDiscoveryFailure            False   Wed, 23 Apr 2025 07:25:50 +0000  ResourcesDiscovered   All resources successfully discovered
    NamespaceDeletionGroupVersionParsingFailure  False   Wed, 23 Apr 2025 07:25:50 +0000  ParsedGroupVersions   All legacy kube types successfully parsed
    NamespaceDeletionContentFailure              False   Wed, 23 Apr 2025 07:25:50 +0000  ContentDeleted        All content successfully deleted, may be waiting on finalization
    NamespaceContentRemaining                    True    Wed, 23 Apr 2025 07:25:50 +0000  SomeResourcesRemain   Some resources are remaining: configmaps. has 1 resource instances
    NamespaceFinalizersRemaining                 True    Wed, 23 Apr 2025 07:25:50 +0000  SomeFinalizersRemain  Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances
  
  No resource quota.
  
  No LimitRange resource.
  $ kubectl get namespace cute -o jsonpath='{range .status.conditions[*]}{.type}: {.message}{"\n"}{end}'
  NamespaceDeletionDiscoveryFailure: All resources successfully discovered
  NamespaceDeletionGroupVersionParsingFailure: All legacy kube types successfully parsed
  NamespaceDeletionContentFailure: All content successfully deleted, may be waiting on finalization
  NamespaceContentRemaining: Some resources are remaining: configmaps. has 1 resource instances
  NamespaceFinalizersRemaining: Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances
  $ kubectl patch configmap held -n cute --type=merge -p '{"metadata":{"finalizers":null}}'
  configmap/held patched
  $ sleep 20
  $ kubectl get namespace cute
  Error from server (NotFound): namespaces "cute" not found

A finalizer on the namespace itself keeps it after its content has gone.
  $ kubectl create namespace kept
  namespace/kept created
  $ kubectl patch namespace kept --type=merge -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  namespace/kept patched
  $ kubectl delete namespace kept --wait=false
  namespace "kept" deleted
  $ sleep 10
  $ kubectl get namespace kept -o jsonpath='{.metadata.deletionGracePeriodSeconds} {.spec} {.status.phase}{"\n"}'
  0 {} Terminating
  $ kubectl patch namespace kept --type=merge -p '{"metadata":{"finalizers":null}}'
  namespace/kept patched
  $ kubectl get namespace kept
  Error from server (NotFound): namespaces "kept" not found

Deleting a CustomResourceDefinition waits for its objects, and they wait for their finalizers.
A custom resource may carry any finalizer name; one without a domain and path earns a warning.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apiextensions.k8s.io/v1
  > kind: CustomResourceDefinition
  > metadata:
  >   name: crontabs.stable.example.com
  > spec:
  >   group: stable.example.com
  >   versions:
  >   - name: v1
  >     served: true
  >     storage: true
  >     schema:
  >       openAPIV3Schema:
  >         type: object
  >         x-kubernetes-preserve-unknown-fields: true
  >   scope: Namespaced
  >   names:
  >     plural: crontabs
  >     singular: crontab
  >     kind: CronTab
  >     shortNames:
  >     - ct
  > EOF
  customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created
  $ sleep 2
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: stable.example.com/v1
  > kind: CronTab
  > metadata:
  >   name: held
  >   finalizers:
  >   - example.com/hold
  > EOF
  crontab.stable.example.com/held created
  $ kubectl patch ct held --type=merge -p '{"metadata":{"finalizers":["example.com/hold","cleanup","cleanup.example.com"]}}'
  Warning: metadata.finalizers: "cleanup": prefer a domain-qualified finalizer name to avoid accidental conflicts with other finalizer writers
  Warning: metadata.finalizers: "cleanup.example.com": prefer a domain-qualified finalizer name including a path (/) to avoid accidental conflicts with other finalizer writers
  crontab.stable.example.com/held patched
  $ kubectl delete crd crontabs.stable.example.com --timeout=20s
  customresourcedefinition.apiextensions.k8s.io "crontabs.stable.example.com" deleted
  error: timed out waiting for the condition on customresourcedefinitions/crontabs.stable.example.com
  $ kubectl get ct
  NAME   AGE
  held   20s
  $ kubectl get crd crontabs.stable.example.com -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}{"\n"}{end}'
  NamesAccepted True NoConflicts
  Established True InitialNamesAccepted
  Terminating True InstanceDeletionInProgress
  $ kubectl patch ct held --type=json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
  crontab.stable.example.com/held patched
  $ kubectl get crd crontabs.stable.example.com
  Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io "crontabs.stable.example.com" not found
