PodDisruptionBudgets the apiserver refuses, worded as Kubernetes 1.32's policy validation words
them, and the events the disruption controller records as it syncs a budget: NoPods while no
pod matches (once on create and again on the status write that follows), UnmanagedPods when a
percentage or maxUnavailable meets a pod no controller owns.
  $ cat > both.yaml <<EOF
  > apiVersion: policy/v1
  > kind: PodDisruptionBudget
  > metadata:
  >   name: both
  > spec:
  >   minAvailable: 1
  >   maxUnavailable: 1
  >   selector:
  >     matchLabels:
  >       app: web
  > EOF
  $ kubectl apply -f both.yaml
  The PodDisruptionBudget "both" is invalid: spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0xc007a56dd0), Selector:(*v1.LabelSelector)(0xc00f8b0ed0), MaxUnavailable:(*intstr.IntOrString)(0xc0028d1800), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set
  $ cat > bad.yaml <<EOF
  > apiVersion: policy/v1
  > kind: PodDisruptionBudget
  > metadata:
  >   name: bad
  > spec:
  >   minAvailable: 120%
  >   unhealthyPodEvictionPolicy: Never
  >   selector:
  >     matchExpressions:
  >     - key: app
  >       operator: In
  > EOF
  $ kubectl create -f bad.yaml
  The PodDisruptionBudget "bad" is invalid: 
  * spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%
  * spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'
  * spec.unhealthyPodEvictionPolicy: Unsupported value: "Never": supported values: "AlwaysAllow", "IfHealthyBudget"
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: policy/v1
  > kind: PodDisruptionBudget
  > metadata:
  >   name: neg
  > spec:
  >   maxUnavailable: -1
  > EOF
  The PodDisruptionBudget "neg" is invalid: spec.maxUnavailable: Invalid value: -1: must be greater than or equal to 0
  $ kubectl create pdb big --selector=app=web --min-available=120%
  error: failed to create poddisruptionbudgets: PodDisruptionBudget.policy "big" is invalid: spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%
  $ kubectl create pdb pct --selector=app=web --max-unavailable=half
  error: invalid format specified for max-unavailable
  $ kubectl create pdb lonely --selector=app=nothing --min-available=1
  poddisruptionbudget.policy/lonely created
  $ kubectl describe pdb lonely
  Name:           lonely
  Namespace:      default
  Min available:  1
  Selector:       app=nothing
  Status:
      Allowed disruptions:  0
      Current:              0
      Desired:              1
      Total:                0
  Events:
    Type    Reason  Age              From               Message
    ----    ------  ----             ----               -------
    Normal  NoPods  0s (x2 over 0s)  controllermanager  No matching pods found
  $ kubectl run solo --image=nginx --labels=app=solo
  pod/solo created
  $ kubectl create pdb solo --selector=app=solo --max-unavailable=1
  poddisruptionbudget.policy/solo created
  $ kubectl get events --field-selector involvedObject.kind=PodDisruptionBudget
  LAST SEEN   TYPE      REASON          OBJECT                       MESSAGE
  0s          Normal    NoPods          poddisruptionbudget/lonely   No matching pods found
  0s          Warning   UnmanagedPods   poddisruptionbudget/solo     Pods selected by this PodDisruptionBudget (selector: &LabelSelector{MatchLabels:map[string]string{app: solo,},MatchExpressions:[]LabelSelectorRequirement{},}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.
