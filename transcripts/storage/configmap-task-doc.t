The task "Configure a Pod to Use a ConfigMap" on the lab: ConfigMaps from a directory, files,
env-files (several of them merge) and literals, from kustomize generators (the names' hashes
are kubectl 1.32's), the interim cleanup, and a pod whose command uses $(NAME) references,
which the kubelet expands before it starts the container.
  $ mkdir -p configure-pod-container/configmap/
  $ cat <<EOF > configure-pod-container/configmap/game.properties
  > enemies=aliens
  > lives=3
  > enemies.cheat=true
  > enemies.cheat.level=noGoodRotten
  > secret.code.passphrase=UUDDLRLRBABAS
  > secret.code.allowed=true
  > secret.code.lives=30
  > EOF
  $ cat <<EOF > configure-pod-container/configmap/ui.properties
  > color.good=purple
  > color.bad=yellow
  > allow.textmode=true
  > how.nice.to.look=fairlyNice
  > EOF
  $ kubectl create configmap game-config --from-file=configure-pod-container/configmap/
  configmap/game-config created
  $ kubectl describe configmaps game-config
  Name:         game-config
  Namespace:    default
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  game.properties:
  ----
  enemies=aliens
  lives=3
  enemies.cheat=true
  enemies.cheat.level=noGoodRotten
  secret.code.passphrase=UUDDLRLRBABAS
  secret.code.allowed=true
  secret.code.lives=30
  
  
  ui.properties:
  ----
  color.good=purple
  color.bad=yellow
  allow.textmode=true
  how.nice.to.look=fairlyNice
  
  
  
  BinaryData
  ====
  
  Events:  <none>
  $ kubectl get configmaps game-config -o yaml
  apiVersion: v1
  data:
    game.properties: |
      enemies=aliens
      lives=3
      enemies.cheat=true
      enemies.cheat.level=noGoodRotten
      secret.code.passphrase=UUDDLRLRBABAS
      secret.code.allowed=true
      secret.code.lives=30
    ui.properties: |
      color.good=purple
      color.bad=yellow
      allow.textmode=true
      how.nice.to.look=fairlyNice
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: game-config
    namespace: default
    resourceVersion: "165"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  $ kubectl create configmap game-config-2 --from-file=configure-pod-container/configmap/game.properties
  configmap/game-config-2 created
  $ kubectl describe configmaps game-config-2
  Name:         game-config-2
  Namespace:    default
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  game.properties:
  ----
  enemies=aliens
  lives=3
  enemies.cheat=true
  enemies.cheat.level=noGoodRotten
  secret.code.passphrase=UUDDLRLRBABAS
  secret.code.allowed=true
  secret.code.lives=30
  
  
  
  BinaryData
  ====
  
  Events:  <none>
  $ kubectl create configmap game-config-2 --from-file=configure-pod-container/configmap/game.properties --from-file=configure-pod-container/configmap/ui.properties
  error: failed to create configmap: configmaps "game-config-2" already exists
  $ printf 'enemies=aliens\nlives=3\nallowed="true"\n\n# This comment and the empty line above it are ignored\n' > configure-pod-container/configmap/game-env-file.properties
  $ printf 'color=purple\ntextmode=true\nhow=fairlyNice\n' > configure-pod-container/configmap/ui-env-file.properties
  $ kubectl create configmap game-config-env-file \
  >        --from-env-file=configure-pod-container/configmap/game-env-file.properties
  configmap/game-config-env-file created
  $ kubectl get configmap game-config-env-file -o yaml
  apiVersion: v1
  data:
    allowed: '"true"'
    enemies: aliens
    lives: "3"
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: game-config-env-file
    namespace: default
    resourceVersion: "167"
    uid: 2aad8558-2326-4185-af69-5ea48a7cb866
  $ kubectl create configmap config-multi-env-files \
  >         --from-env-file=configure-pod-container/configmap/game-env-file.properties \
  >         --from-env-file=configure-pod-container/configmap/ui-env-file.properties
  configmap/config-multi-env-files created
  $ kubectl get configmap config-multi-env-files -o yaml
  apiVersion: v1
  data:
    allowed: '"true"'
    color: purple
    enemies: aliens
    how: fairlyNice
    lives: "3"
    textmode: "true"
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: config-multi-env-files
    namespace: default
    resourceVersion: "168"
    uid: 1fd15915-7ac5-408e-9f4a-0d9658849ce8
  $ kubectl create configmap game-config-3 --from-file=game-special-key=configure-pod-container/configmap/game.properties
  configmap/game-config-3 created
  $ kubectl get configmaps game-config-3 -o yaml
  apiVersion: v1
  data:
    game-special-key: |
      enemies=aliens
      lives=3
      enemies.cheat=true
      enemies.cheat.level=noGoodRotten
      secret.code.passphrase=UUDDLRLRBABAS
      secret.code.allowed=true
      secret.code.lives=30
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: game-config-3
    namespace: default
    resourceVersion: "169"
    uid: 19bc41e4-11d5-4bbf-bbc9-0ded8720bb4c
  $ kubectl create configmap special-config --from-literal=special.how=very --from-literal=special.type=charm
  configmap/special-config created
  $ kubectl get configmaps special-config -o yaml
  apiVersion: v1
  data:
    special.how: very
    special.type: charm
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: special-config
    namespace: default
    resourceVersion: "170"
    uid: c2e35aca-1913-45d7-a74a-35faa4b882cc
  $ cat <<EOF >./kustomization.yaml
  > configMapGenerator:
  > - name: game-config-4
  >   options:
  >     labels:
  >       game-config: config-4
  >   files:
  >   - configure-pod-container/configmap/game.properties
  > EOF
  $ kubectl apply -k .
  configmap/game-config-4-92cb5f7c7h created
  $ kubectl get configmap
  NAME                       DATA   AGE
  config-multi-env-files     6      0s
  game-config                2      0s
  game-config-2              1      0s
  game-config-3              1      0s
  game-config-4-92cb5f7c7h   1      0s
  game-config-env-file       3      0s
  kube-root-ca.crt           1      46h
  special-config             2      0s
  $ kubectl describe configmaps/game-config-4-92cb5f7c7h
  Name:         game-config-4-92cb5f7c7h
  Namespace:    default
  Labels:       game-config=config-4
  Annotations:  <none>
  
  Data
  ====
  game.properties:
  ----
  enemies=aliens
  lives=3
  enemies.cheat=true
  enemies.cheat.level=noGoodRotten
  secret.code.passphrase=UUDDLRLRBABAS
  secret.code.allowed=true
  secret.code.lives=30
  
  
  
  BinaryData
  ====
  
  Events:  <none>
  $ cat <<EOF >./kustomization.yaml
  > configMapGenerator:
  > - name: game-config-5
  >   options:
  >     labels:
  >       game-config: config-5
  >   files:
  >   - game-special-key=configure-pod-container/configmap/game.properties
  > EOF
  $ kubectl apply -k .
  configmap/game-config-5-2ddm949dbt created
  $ cat <<EOF >./kustomization.yaml
  > configMapGenerator:
  > - name: special-config-2
  >   literals:
  >   - special.how=very
  >   - special.type=charm
  > EOF
  $ kubectl apply -k .
  configmap/special-config-2-2b86tk8fhm created
  $ kubectl delete configmap special-config
  configmap "special-config" deleted
  $ kubectl delete configmap env-config
  Error from server (NotFound): configmaps "env-config" not found
  $ kubectl delete configmap -l 'game-config in (config-4,config-5)'
  configmap "game-config-4-92cb5f7c7h" deleted
  configmap "game-config-5-2ddm949dbt" deleted
  $ kubectl create configmap special-config --from-literal=SPECIAL_LEVEL=very --from-literal=SPECIAL_TYPE=charm
  configmap/special-config created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox
  >       command: [ "/bin/echo", "\$(SPECIAL_LEVEL_KEY) \$(SPECIAL_TYPE_KEY)" ]
  >       env:
  >         - name: SPECIAL_LEVEL_KEY
  >           valueFrom:
  >             configMapKeyRef:
  >               name: special-config
  >               key: SPECIAL_LEVEL
  >         - name: SPECIAL_TYPE_KEY
  >           valueFrom:
  >             configMapKeyRef:
  >               name: special-config
  >               key: SPECIAL_TYPE
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl logs dapi-test-pod
  very charm
A reference to a variable the container does not have stays as written; $$ is a dollar.
  $ kubectl run refs --image=registry.k8s.io/busybox --restart=Never --env=A=1 -- /bin/echo '$(A) $(B) $$(A)'
  pod/refs created
  $ sleep 10
  $ kubectl logs refs
  1 $(B) $(A)
  $ kubectl delete pod dapi-test-pod refs --now
  pod "dapi-test-pod" deleted
  pod "refs" deleted
  $ kubectl delete configmaps/game-config configmaps/game-config-2 configmaps/game-config-3 configmaps/game-config-env-file
  configmap "game-config" deleted
  configmap "game-config-2" deleted
  configmap "game-config-3" deleted
  configmap "game-config-env-file" deleted
  $ kubectl delete configmap/special-config configmap/config-multi-env-files
  configmap "special-config" deleted
  configmap "config-multi-env-files" deleted
