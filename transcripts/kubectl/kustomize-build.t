kubectl kustomize builds a kustomization without the cluster: the resources it lists, what its
generators make (with a hash of their content in the name), and the changes it asks for, printed
as YAML documents with keys sorted and kinds in kustomize's legacy order (Namespace first,
ConfigMaps and Secrets before the Services and workloads that use them). References to a renamed
ConfigMap follow it. A deprecated field is warned about on stderr.
  $ mkdir -p shop/base shop/dev
  $ cd shop
  $ cat <<EOF > base/deployment.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.25
  >         envFrom:
  >         - configMapRef:
  >             name: web-config
  > EOF
  $ cat <<EOF > base/service.yaml
  > kind: Service
  > apiVersion: v1
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > EOF
  $ cat <<EOF > base/kustomization.yaml
  > resources:
  > - deployment.yaml
  > - service.yaml
  > configMapGenerator:
  > - name: web-config
  >   literals:
  >   - MODE=base
  > EOF
  $ kubectl kustomize base
  apiVersion: v1
  data:
    MODE: base
  kind: ConfigMap
  metadata:
    name: web-config-btf6f9dc9c
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: web
  spec:
    ports:
    - port: 80
    selector:
      app: web
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels:
        app: web
    template:
      metadata:
        labels:
          app: web
      spec:
        containers:
        - envFrom:
          - configMapRef:
              name: web-config-btf6f9dc9c
          image: nginx:1.25
          name: nginx
  $ cat <<EOF > dev/kustomization.yaml
  > resources:
  > - ../base
  > - namespace.yaml
  > namespace: shop-dev
  > namePrefix: dev-
  > commonLabels:
  >   env: dev
  > images:
  > - name: nginx
  >   newTag: "1.27"
  > replicas:
  > - name: web
  >   count: 2
  > configMapGenerator:
  > - name: web-config
  >   behavior: merge
  >   literals:
  >   - MODE=dev
  > patches:
  > - target:
  >     kind: Deployment
  >   patch: |-
  >     - op: add
  >       path: /spec/template/spec/containers/0/ports
  >       value:
  >       - containerPort: 80
  > EOF
  $ cat <<EOF > dev/namespace.yaml
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: shop-dev
  > EOF
  $ kubectl kustomize dev
  # Warning: 'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.
  apiVersion: v1
  kind: Namespace
  metadata:
    labels:
      env: dev
    name: shop-dev
  ---
  apiVersion: v1
  data:
    MODE: dev
  kind: ConfigMap
  metadata:
    labels:
      env: dev
    name: dev-web-config-bk2hmt6gd5
    namespace: shop-dev
  ---
  apiVersion: v1
  kind: Service
  metadata:
    labels:
      env: dev
    name: dev-web
    namespace: shop-dev
  spec:
    ports:
    - port: 80
    selector:
      app: web
      env: dev
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    labels:
      env: dev
    name: dev-web
    namespace: shop-dev
  spec:
    replicas: 2
    selector:
      matchLabels:
        app: web
        env: dev
    template:
      metadata:
        labels:
          app: web
          env: dev
      spec:
        containers:
        - envFrom:
          - configMapRef:
              name: dev-web-config-bk2hmt6gd5
          image: nginx:1.27
          name: nginx
          ports:
          - containerPort: 80
  $ kubectl kustomize dev 2>/dev/null | grep -c '^---'
  3
  $ kubectl kustomize
  error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/bigred/shop'
  $ kubectl kustomize nowhere
  error: must build at directory: not a valid directory: evalsymlink failure on 'nowhere' : lstat /home/bigred/shop/nowhere: no such file or directory
  $ echo 'resourcez: []' > base/kustomization.yaml
  $ kubectl kustomize base
  error: invalid Kustomization: json: unknown field "resourcez"
  $ printf 'resources:\n- gone.yaml\n' > base/kustomization.yaml
  $ kubectl kustomize base
  error: accumulating resources: accumulation err='accumulating resources from 'gone.yaml': evalsymlink failure on '/home/bigred/shop/base/gone.yaml' : lstat /home/bigred/shop/base/gone.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on '/home/bigred/shop/base/gone.yaml' : lstat /home/bigred/shop/base/gone.yaml: no such file or directory
