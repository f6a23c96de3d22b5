## Códigos SIP 400 a 429.

## 400 Bad Request
sip-400-summary = A requisição estava malformada: a sintaxe está errada ou falta um cabeçalho obrigatório.
sip-400-description = O 400 Bad Request diz que a requisição não pôde ser entendida por causa de sintaxe malformada (RFC 3261 §21.4.1). A frase de motivo deveria indicar o problema, por exemplo "Missing Call-ID Header". Um UAS o envia quando a validação básica falha, e um proxy também, quando a validação da requisição falha (RFC 3261 §8.2.2, RFC 3261 §16.3).
sip-400-cause-1 = Falta um cabeçalho obrigatório ou ele não pode ser interpretado: To, From, Call-ID, CSeq, Via ou Max-Forwards (RFC 3261 §8.2.2).
sip-400-cause-2 = Um valor de cabeçalho malformado: espaço sem escape numa URI, aspas erradas num nome de exibição, um Content-Length que não bate com o corpo (RFC 3261 §21.4.1).
sip-400-cause-3 = Manipulação de cabeçalhos num SBC ou num script (Kamailio, OpenSIPS) que gerou uma mensagem inválida (RFC 3261 §21.4.1).
sip-400-fix-1 = Leia a frase de motivo e um eventual cabeçalho Warning do 400: a maioria dos servidores aponta ali o cabeçalho problemático (RFC 3261 §21.4.1, RFC 3261 §20.43).
sip-400-fix-2 = Capture a requisição como saiu do último salto e confira-a com a gramática; corrija o elemento que a montou ou reescreveu (RFC 3261 §21.4.1).
sip-400-myth-1 = O 400 não tem a ver com permissão nem com roteamento: o servidor rejeita a própria mensagem, antes de olhar quem a enviou ou para onde vai (RFC 3261 §21.4.1).
sip-400-next = Corrigir a parte malformada da requisição, indicada na frase de motivo ou no Warning, e enviá-la de novo.
sip-400-use-when = a requisição tem sintaxe malformada ou lhe falta um cabeçalho obrigatório

## 401 Unauthorized
sip-401-summary = O servidor de agente de usuário ou o registrar exige que a requisição seja autenticada; repita com credenciais para o desafio do WWW-Authenticate.
sip-401-description = O 401 Unauthorized é um desafio do próprio destino, um servidor de agente de usuário ou um registrar: traz um cabeçalho WWW-Authenticate com realm e nonce, e o cliente responde enviando a requisição de novo com um cabeçalho Authorization (RFC 3261 §21.4.2, RFC 3261 §22.2). O equivalente para proxies é o 407.
sip-401-cause-1 = O primeiro REGISTER de um aparelho: os registrars costumam desafiar todo registro, então 401 seguido de 200 é o fluxo esperado (RFC 3261 §22.4).
sip-401-cause-2 = Credenciais enviadas, mas rejeitadas: senha ou usuário errados, realm diferente, ou um nonce que o servidor considera vencido (stale=true no novo desafio) (RFC 3261 §22.4).
sip-401-cause-3 = Um cliente que ignora o desafio e nunca repete, ou repete sem Authorization (RFC 3261 §8.1.3.5).
sip-401-fix-1 = Repita com um cabeçalho Authorization calculado para o realm e o nonce deste desafio; mantenha o Call-ID e aumente o CSeq em um (RFC 3261 §22.2).
sip-401-fix-2 = Se toda nova tentativa é desafiada de novo, confira o usuário de autenticação (pode ser diferente do ramal), a senha e o realm; se o novo desafio tem stale=true, basta repetir com o nonce novo (RFC 3261 §22.4).
sip-401-myth-1 = O 401 não quer dizer acesso negado; ele pede credenciais. A recusa é o 403 (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-401-myth-2 = Um único 401 num trace não é erro: é assim que começa a autenticação digest (RFC 3261 §22.4).
sip-401-next = Reenviar a requisição com um cabeçalho Authorization que responde ao desafio do WWW-Authenticate.
sip-401-use-when = o próprio destino (um agente de usuário ou um registrar) precisa que o cliente se autentique

## 402 Payment Required
sip-402-summary = Reservado para uso futuro; nenhuma especificação define quando enviá-lo.
sip-402-description = O 402 Payment Required está registrado, mas reservado para uso futuro (RFC 3261 §21.4.3). Nenhum comportamento padrão está ligado a ele; onde aparece, é escolha do fabricante, em geral para uma conta sem crédito.
sip-402-cause-1 = Uma plataforma pré-paga ou de tarifação que rejeita chamadas de contas sem saldo, usando o 402 contra a recomendação da norma (RFC 3261 §21.4.3).
sip-402-fix-1 = Verifique o saldo ou a situação de cobrança da conta com a operadora que o enviou; trate-o como um 4xx genérico (RFC 3261 §21.4.3).
sip-402-fix-2 = Ao enviar, use 403 com uma frase de motivo explicativa (RFC 3261 §21.4.4).
sip-402-myth-1 = O 402 não tem mecanismo de pagamento definido no SIP; o cliente não pode fazer nada com ele além de desistir (RFC 3261 §21.4.3).
sip-402-next = Desistir; resolver a questão da conta com a operadora por fora.
sip-402-use-when = um fabricante sinaliza uma conta sem pagamento ou sem saldo (o código é apenas reservado)

## 403 Forbidden
sip-403-summary = O servidor entendeu a requisição e se recusa a atendê-la; autenticar não adianta.
sip-403-description = O 403 Forbidden diz que o servidor entendeu a requisição e a recusa, e que autorização não vai ajudar (RFC 3261 §21.4.4). É a resposta geral da política: quem chama não tem permissão de fazer isso, aqui. Um registrar também o envia quando o usuário autenticado não pode registrar o endereço do To (RFC 3261 §10.3).
sip-403-cause-1 = Uma chamada para um destino que a conta não pode alcançar: números internacionais ou de tarifa especial bloqueados, um tronco sem permissão para aquela rota (RFC 3261 §21.4.4).
sip-403-cause-2 = Registro recusado: o usuário autenticado não pode vincular o endereço do To, a conta está desativada ou o IP de origem não está na lista de permitidos (RFC 3261 §10.3).
sip-403-cause-3 = Depois de autenticação falha, alguns servidores respondem 403 em vez de novo desafio, para impedir adivinhação de senha (RFC 3261 §22.2).
sip-403-fix-1 = Leia a frase de motivo e o Warning: as operadoras costumam indicar a política ("Calling party not allowed", "Invalid source"); depois corrija as permissões da conta ou o formato do número de origem (RFC 3261 §21.4.4).
sip-403-fix-2 = Em troncos autenticados por IP, confira se a requisição sai do endereço e da porta cadastrados (RFC 3261 §21.4.4).
sip-403-myth-1 = Reenviar com credenciais não adianta: o servidor já decidiu; uma requisição que precisa de credenciais recebe 401 ou 407 (RFC 3261 §21.4.4).
sip-403-next = Não reenviar a mesma requisição para cá; mudar as permissões da conta ou a requisição (número, origem) e tentar de novo.
sip-403-use-when = o servidor recusa por política, e autenticar não mudaria a resposta

## 404 Not Found
sip-404-summary = O usuário não existe no domínio da Request-URI.
sip-404-description = O 404 Not Found é informação definitiva de que o usuário não existe no domínio indicado na Request-URI (RFC 3261 §21.4.5). Um proxy ou registrar o envia quando o serviço de localização não conhece o usuário; é também a resposta quando o domínio da Request-URI não é um dos que o destinatário atende (RFC 3261 §8.2.2.1, RFC 3261 §16.5).
sip-404-cause-1 = Um número discado que não está atribuído, ou um erro de digitação na parte de usuário (RFC 3261 §21.4.5).
sip-404-cause-2 = O número está certo, mas o formato não é o que o servidor espera: falta o código do país, um + que ele não remove, um prefixo inesperado (RFC 3261 §21.4.5).
sip-404-cause-3 = Uma requisição enviada ao domínio ou servidor errado, que não conhece o usuário (RFC 3261 §8.2.2.1).
sip-404-fix-1 = Confira a Request-URI como chegou ao servidor que respondeu: plano de numeração, normalização do número e domínio (RFC 3261 §21.4.5).
sip-404-fix-2 = Se o usuário existe mas não está registrado no momento, o servidor deveria responder 480; peça ao responsável que corrija o mapeamento (RFC 3261 §21.4.18).
sip-404-myth-1 = O 404 não quer dizer que o aparelho está desligado; um usuário conhecido que só está inalcançável recebe 480 (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-404-next = Não repetir o mesmo endereço neste servidor; corrigir antes o número ou o endereço.
sip-404-use-when = o usuário não existe no domínio consultado

## 405 Method Not Allowed
sip-405-summary = O método é conhecido, mas não permitido para este endereço; o cabeçalho Allow lista os que são.
sip-405-description = O 405 Method Not Allowed diz que o servidor entende o método, mas não o permite para o endereço da Request-URI; a resposta deve trazer um cabeçalho Allow com os métodos que ele aceita (RFC 3261 §21.4.6, RFC 3261 §8.2.1).
sip-405-cause-1 = Um aparelho que não aceita MESSAGE, SUBSCRIBE, INFO ou REFER para aquele destino (RFC 3261 §8.2.1).
sip-405-cause-2 = Um REGISTER enviado a um agente de usuário comum ou a um proxy que não é registrar (RFC 3261 §21.4.6).
sip-405-fix-1 = Leia o Allow da resposta e use um desses métodos, ou envie este método a outro elemento (RFC 3261 §20.5).
sip-405-myth-1 = O 405 não é o 501: com o 405 o método é conhecido, mas recusado para este endereço; com o 501 o servidor não o implementa (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-405-next = Usar um dos métodos do Allow, ou enviar este método a outro lugar.
sip-405-use-when = o servidor conhece o método, mas não o permite para este endereço

## 406 Not Acceptable
sip-406-summary = O servidor só consegue produzir respostas cujo conteúdo o cabeçalho Accept da requisição não permite.
sip-406-description = O 406 Not Acceptable diz que o recurso só consegue gerar respostas com características de conteúdo que não são aceitáveis segundo o cabeçalho Accept da requisição (RFC 3261 §21.4.7). Diz respeito ao corpo de resposta que o cliente pediu, não ao corpo que ele enviou.
sip-406-cause-1 = Um SUBSCRIBE cujo Accept lista só formatos que o notificador não sabe gerar, por exemplo um formato de presença que ele não suporta (RFC 3261 §20.1).
sip-406-cause-2 = Um OPTIONS ou INVITE com um Accept restrito demais para o que o servidor precisa devolver (RFC 3261 §21.4.7).
sip-406-fix-1 = Amplie o cabeçalho Accept da requisição para incluir um formato que o servidor saiba gerar (RFC 3261 §20.1).
sip-406-myth-1 = O 406 não é o 415: o 406 rejeita o que o cliente aceita receber; o 415 rejeita o que o cliente enviou (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-406-next = Reenviar com um cabeçalho Accept que inclua um formato que o servidor saiba gerar.
sip-406-use-when = o servidor não consegue gerar nenhum formato de corpo que o Accept da requisição permita

## 407 Proxy Authentication Required
sip-407-summary = Um proxy no caminho exige que o cliente se autentique; repita com credenciais para o desafio do Proxy-Authenticate.
sip-407-description = O 407 Proxy Authentication Required é a versão do 401 para proxies: um proxy no caminho desafia o cliente com um cabeçalho Proxy-Authenticate, e o cliente repete com Proxy-Authorization (RFC 3261 §21.4.8, RFC 3261 §22.3). Vários proxies podem desafiar, então uma requisição pode juntar várias credenciais.
sip-407-cause-1 = O primeiro INVITE de uma chamada pelo proxy de saída de uma operadora: as operadoras costumam desafiar toda chamada, então 407 e depois um novo INVITE é o fluxo esperado (RFC 3261 §22.3).
sip-407-cause-2 = Credenciais erradas, realm diferente ou nonce vencido (stale=true) na nova tentativa (RFC 3261 §22.3).
sip-407-cause-3 = Um aparelho que trata o 401 mas não o 407, ou que manda as credenciais em Authorization em vez de Proxy-Authorization (RFC 3261 §8.1.3.5).
sip-407-fix-1 = Repita com um cabeçalho Proxy-Authorization para o realm e o nonce do Proxy-Authenticate; mantenha o Call-ID e aumente o CSeq em um (RFC 3261 §22.3).
sip-407-fix-2 = Se o desafio se repete, confira usuário, senha e realm da conta no proxy (RFC 3261 §22.3).
sip-407-myth-1 = O 407 não vem do chamado: vem de um proxy, em geral o da sua própria operadora, antes de a chamada chegar a alguém (RFC 3261 §21.4.8).
sip-407-next = Reenviar a requisição com um cabeçalho Proxy-Authorization que responde ao desafio do Proxy-Authenticate.
sip-407-use-when = um proxy no caminho precisa que o cliente se autentique antes de encaminhar a requisição

## 408 Request Timeout
sip-408-summary = Nenhuma resposta final foi produzida a tempo: o servidor ou o proxy desistiu de esperar, ou a própria transação do cliente expirou.
sip-408-description = O 408 Request Timeout diz que o servidor não conseguiu produzir uma resposta num tempo adequado, por exemplo porque não conseguiu determinar a tempo a localização do usuário (RFC 3261 §21.4.9). Um proxy o envia quando o Timer C expira num ramo de INVITE sem resposta final (RFC 3261 §16.8), e o cliente o gera internamente quando sua própria transação expira sem resposta nenhuma (RFC 3261 §8.1.3.1).
sip-408-cause-1 = O telefone chamado nunca respondeu ao INVITE: está desligado por trás de um registro velho, ou um mapeamento de NAT expirou, então o ramo do proxy estoura o tempo (RFC 3261 §16.8).
sip-408-cause-2 = Nenhuma resposta à requisição: perda na rede, firewall descartando os pacotes, ou endereço ou porta errados. O "408" então só existe dentro do cliente (RFC 3261 §8.1.3.1).
sip-408-cause-3 = Dentro de um diálogo, um re-INVITE, BYE ou NOTIFY que expira; o cliente deve então encerrar o diálogo (RFC 3261 §12.2.1.2).
sip-408-fix-1 = Procure na captura a requisição chegando ao próximo salto e alguma resposta voltando; ausência total de resposta aponta para rede, NAT ou firewall (RFC 3261 §8.1.3.1).
sip-408-fix-2 = Em chamadas para aparelhos registrados, confira se o registro está atualizado e os keep-alives de NAT do lado do chamado (RFC 3261 §21.4.9).
sip-408-myth-1 = Um 408 nos seus logs não foi necessariamente enviado por alguém: as pilhas SIP registram como 408 o estouro de tempo das próprias transações (RFC 3261 §8.1.3.1).
sip-408-myth-2 = Um proxy não deve enviar 408 para uma requisição que não é INVITE; ele deixa a transação do cliente expirar (RFC 4320 §4.2).
sip-408-next = Tentar de novo mais tarde, ou por outra rota; antes, descobrir qual salto parou de responder.
sip-408-use-when = não foi possível obter uma resposta final a tempo

## 410 Gone
sip-410-summary = O usuário existiu aqui, mas não está mais disponível, e não se conhece endereço para desvio.
sip-410-description = O 410 Gone diz que o recurso pedido não está mais disponível no servidor e que não se conhece endereço para desvio; a condição deve ser permanente (RFC 3261 §21.4.10). Um servidor que sabe que o usuário foi para um endereço novo envia 301 no lugar.
sip-410-cause-1 = Um número ou conta desativado ou portado para fora, do qual o servidor guarda registro (RFC 3261 §21.4.10).
sip-410-cause-2 = Um gateway converte a causa ISUP 22 (número alterado, sem número novo) ou 23 em 410 (RFC 3398 §7.2.4.1).
sip-410-fix-1 = Pare de chamar o endereço e tire-o das agendas; descubra o endereço novo do usuário por fora (RFC 3261 §21.4.10).
sip-410-myth-1 = O 410 não é condição temporária: ao contrário do 480, tentar mais tarde não adianta (RFC 3261 §21.4.10).
sip-410-next = Parar de usar este endereço; não há endereço novo para tentar.
sip-410-use-when = o usuário existia neste endereço e sumiu de vez, sem endereço novo conhecido

## 412 Conditional Request Failed
sip-412-summary = Um PUBLISH condicional citou uma entity tag que o servidor não tem mais; a publicação a renovar ou alterar não existe.
sip-412-description = O 412 Conditional Request Failed responde a um PUBLISH cujo cabeçalho SIP-If-Match cita uma entity tag que não corresponde a nenhuma publicação que o compositor de estado de eventos tem, por exemplo porque ela expirou (RFC 3903 §6).
sip-412-cause-1 = Uma publicação expirou (o cliente renovou tarde demais) e a renovação ainda traz a entity tag antiga (RFC 3903 §6).
sip-412-cause-2 = O servidor de presença reiniciou ou trocou de nó e perdeu as publicações (RFC 3903 §6).
sip-412-fix-1 = Envie um novo PUBLISH inicial com o estado completo e sem SIP-If-Match, e use a nova SIP-ETag que ele devolver (RFC 3903 §6).
sip-412-myth-1 = O 412 não é um erro genérico de pré-condição como no HTTP; no SIP ele só trata da entity tag da publicação de eventos (RFC 3903 §6).
sip-412-next = Publicar de novo o estado completo, sem SIP-If-Match, e guardar a nova entity tag.
sip-412-use-when = um PUBLISH se refere a uma publicação (entity tag) que não existe mais

## 413 Request Entity Too Large
sip-413-summary = O corpo da requisição é maior do que o servidor aceita processar.
sip-413-description = O 413 Request Entity Too Large diz que o servidor recusa a requisição porque o corpo é maior do que ele quer ou consegue processar; se a condição for temporária, pode indicar no Retry-After quando tentar de novo (RFC 3261 §21.4.11). O cliente pode então repetir com um corpo menor (RFC 3261 §8.1.3.5).
sip-413-cause-1 = Um SDP muito grande (muitos codecs, candidatos ICE e linhas de criptografia) ou um corpo multipart com anexos (RFC 3261 §21.4.11).
sip-413-cause-2 = Um MESSAGE com conteúdo grande enviado a um servidor com limite pequeno (RFC 3261 §21.4.11).
sip-413-fix-1 = Diminua o corpo: ofereça menos codecs e candidatos, remova partes desnecessárias; respeite o Retry-After se houver (RFC 3261 §21.4.11).
sip-413-myth-1 = O 413 não é o 513: o 413 recusa o tamanho do corpo; o 513, o tamanho da mensagem inteira (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-413-next = Enviar a requisição de novo com um corpo menor (ou depois do Retry-After, se o servidor diz que o limite é temporário).
sip-413-use-when = o corpo da requisição é grande demais para o servidor

## 414 Request-URI Too Long
sip-414-summary = A Request-URI é mais longa do que o servidor aceita interpretar.
sip-414-description = O 414 Request-URI Too Long diz que o servidor recusa a requisição porque a Request-URI é mais longa do que ele aceita interpretar (RFC 3261 §21.4.12).
sip-414-cause-1 = Muitos parâmetros de URI ou cabeçalhos embutidos acrescentados por aplicações ou SBCs na Request-URI (RFC 3261 §21.4.12).
sip-414-cause-2 = Um laço de roteamento que acrescenta parâmetros a cada passagem (RFC 3261 §21.4.12).
sip-414-fix-1 = Remova parâmetros de URI e cabeçalhos embutidos desnecessários; encontre o elemento que faz a URI crescer (RFC 3261 §21.4.12).
sip-414-myth-1 = O 414 diz respeito só à Request-URI; um To ou From longo não o causa (RFC 3261 §21.4.12).
sip-414-next = Encurtar a Request-URI e enviar a requisição de novo.
sip-414-use-when = a Request-URI é longa demais para o servidor

## 415 Unsupported Media Type
sip-415-summary = O servidor não suporta o formato, a codificação ou o idioma do corpo da requisição; Accept, Accept-Encoding e Accept-Language listam o que ele suporta.
sip-415-description = O 415 Unsupported Media Type diz que o corpo da requisição está num formato que o servidor não suporta para este método; o servidor deve listar o que aceita em Accept, Accept-Encoding ou Accept-Language (RFC 3261 §21.4.13, RFC 3261 §8.2.3). O cliente pode repetir com um corpo suportado (RFC 3261 §8.1.3.5).
sip-415-cause-1 = Um INVITE com um tipo de corpo que o servidor não trata: multipart/mixed com ISUP, application/vnd.* ou SDP embrulhado de um jeito que ele não interpreta (RFC 3261 §8.2.3).
sip-415-cause-2 = Um corpo comprimido (Content-Encoding: gzip) ou um tipo de conteúdo de MESSAGE que o destinatário não suporta (RFC 3261 §8.2.3).
sip-415-fix-1 = Leia Accept, Accept-Encoding e Accept-Language na resposta e reenvie com um corpo que se encaixe neles (RFC 3261 §21.4.13).
sip-415-myth-1 = O 415 não rejeita os codecs do seu SDP; incompatibilidade de codec ou de mídia é o 488. O 415 quer dizer que o próprio tipo de corpo não é suportado (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-415-next = Reenviar com um tipo de corpo, codificação e idioma listados nos cabeçalhos Accept da resposta.
sip-415-use-when = o servidor não consegue tratar o tipo, a codificação ou o idioma do corpo da requisição

## 416 Unsupported URI Scheme
sip-416-summary = A Request-URI usa um esquema que o servidor não conhece (nem sip, nem sips, nem outro que ele suporte).
sip-416-description = O 416 Unsupported URI Scheme diz que o servidor não consegue processar a requisição porque não conhece o esquema da Request-URI (RFC 3261 §21.4.14). Tanto agentes de usuário quanto proxies verificam o esquema (RFC 3261 §8.2.2.1, RFC 3261 §16.3).
sip-416-cause-1 = Uma URI tel: enviada a um servidor que só roteia sip: e sips: (RFC 3261 §21.4.14).
sip-416-cause-2 = Uma URI sips: enviada a um servidor sem TLS, ou uma URI im:, pres: ou urn: para um proxy comum (RFC 3261 §16.3).
sip-416-fix-1 = Converta a Request-URI para um esquema que o servidor suporte, em geral sip: com user=phone para números de telefone (RFC 3261 §8.1.3.5).
sip-416-myth-1 = O 416 não é uma URI malformada (isso é 400); a URI é válida, mas o esquema não é suportado (RFC 3261 §21.4.14).
sip-416-next = Reenviar com uma Request-URI num esquema que o servidor suporte (em geral sip:).
sip-416-use-when = o esquema da Request-URI é um que o servidor não sabe tratar

## 417 Unknown Resource-Priority
sip-417-summary = O cabeçalho Resource-Priority da requisição usa um namespace ou valor que o servidor não entende.
sip-417-description = O 417 Unknown Resource-Priority diz que o servidor não entendeu o namespace ou o valor de prioridade do cabeçalho Resource-Priority, e a requisição exigia que entendesse (RFC 4412). A resposta lista o que ele aceita em Accept-Resource-Priority, para o cliente repetir com um valor suportado.
sip-417-cause-1 = Uma chamada prioritária (serviços de emergência, esquemas de prioridade governamental) com um namespace para o qual o servidor não está configurado (RFC 4412).
sip-417-fix-1 = Repita com um namespace e um valor do Accept-Resource-Priority, ou sem prioridade se a política permitir (RFC 4412).
sip-417-myth-1 = O 417 não rejeita chamadas prioritárias em geral; só o namespace ou o valor do Resource-Priority é desconhecido deste servidor (RFC 4412).
sip-417-next = Reenviar com um valor de Resource-Priority que o servidor lista em Accept-Resource-Priority.
sip-417-use-when = o namespace ou o valor do Resource-Priority é desconhecido do servidor

## 420 Bad Extension
sip-420-summary = A requisição exige uma extensão (option tag) que o servidor não suporta; o Unsupported a indica.
sip-420-description = O 420 Bad Extension diz que o servidor não entende uma extensão listada no cabeçalho Require da requisição (ou, para um proxy, no Proxy-Require); a resposta deve listar as option tags não suportadas num cabeçalho Unsupported (RFC 3261 §21.4.15, RFC 3261 §8.2.2.3). O cliente pode repetir sem depender delas (RFC 3261 §8.1.3.5).
sip-420-cause-1 = Um cliente envia Require: 100rel, timer, precondition ou replaces a um servidor sem o recurso (RFC 3261 §8.2.2.3).
sip-420-cause-2 = O Proxy-Require cita uma extensão que o proxy não implementa (RFC 3261 §16.3).
sip-420-fix-1 = Leia o Unsupported da resposta; passe essa option tag do Require para o Supported, ou desative o recurso para este destino, e repita (RFC 3261 §8.1.3.5).
sip-420-myth-1 = O 420 não é o 421: o 420 é o servidor sem uma extensão que o cliente exige; o 421 é o servidor exigindo uma extensão que falta ao cliente (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-420-next = Reenviar sem exigir as option tags listadas em Unsupported.
sip-420-use-when = o cliente exigiu uma extensão que o servidor não suporta

## 421 Extension Required
sip-421-summary = O servidor precisa de uma extensão que o cliente não ofereceu em Supported; o Require a indica.
sip-421-description = O 421 Extension Required diz que o servidor de agente de usuário precisa de uma extensão específica para processar a requisição, mas o cliente não a listou em Supported; a resposta lista as option tags exigidas em Require (RFC 3261 §21.4.16, RFC 3261 §20.32). Os servidores devem usá-lo com moderação, porque impede a interoperação com clientes mais simples.
sip-421-cause-1 = Um UAS configurado para exigir respostas provisórias confiáveis (100rel), temporizadores de sessão ou pré-condições chama um cliente que não os anuncia (RFC 3262 §3).
sip-421-fix-1 = Ative no cliente a extensão indicada no Require e repita, ou relaxe a exigência do servidor (RFC 3261 §21.4.16).
sip-421-myth-1 = O 421 não quer dizer que o cliente enviou algo errado; falta-lhe suporte a algo de que o servidor não abre mão (RFC 3261 §21.4.16).
sip-421-next = Reenviar com as option tags listadas em Require no seu cabeçalho Supported, se você as implementa.
sip-421-use-when = o servidor insiste numa extensão que o cliente não listou como suportada

## 422 Session Interval Too Small
sip-422-summary = O intervalo do temporizador de sessão (Session-Expires) está abaixo do mínimo que o servidor aceita; o Min-SE informa o mínimo.
sip-422-description = O 422 Session Interval Too Small rejeita um INVITE ou UPDATE cujo Session-Expires é menor que o mínimo aceito por um proxy ou pelo UAS; a resposta deve trazer o Min-SE com esse mínimo (RFC 4028 §6). O cliente repete com um Session-Expires no mínimo desse tamanho e acrescenta seu próprio cabeçalho Min-SE (RFC 4028 §7.4).
sip-422-cause-1 = Um cliente envia Session-Expires: 60 ou 90 a um servidor que exige mais, muitas vezes 1800 segundos (RFC 4028 §5).
sip-422-cause-2 = Um proxy no caminho tem um mínimo maior que o do UAS (RFC 4028 §8).
sip-422-fix-1 = Aumente o Session-Expires para pelo menos o Min-SE da resposta, inclua um cabeçalho Min-SE na nova tentativa e envie de novo (RFC 4028 §7.4).
sip-422-myth-1 = O 422 trata de temporizadores de sessão, não de registros: um intervalo curto demais em REGISTER ou SUBSCRIBE recebe 423 (RFC 4028 §6, RFC 3261 §21.4.17).
sip-422-next = Reenviar com Session-Expires (e Min-SE) pelo menos iguais ao Min-SE da resposta.
sip-422-use-when = o intervalo de renovação de sessão pedido num INVITE ou UPDATE é pequeno demais

## 423 Interval Too Brief
sip-423-summary = A validade pedida para um registro, uma assinatura ou uma publicação é mais curta do que o servidor permite; o Min-Expires informa o mínimo.
sip-423-description = O 423 Interval Too Brief diz que o servidor rejeita a requisição porque a validade do recurso que ela renova é curta demais; a resposta deve trazer o Min-Expires com o mínimo (RFC 3261 §21.4.17, RFC 3261 §10.3). Registrars o enviam para REGISTER, e a mesma regra vale para SUBSCRIBE e PUBLISH (RFC 3903 §6).
sip-423-cause-1 = Um telefone se registra com Expires: 30 ou 60 para manter aberto um mapeamento de NAT, e o mínimo do registrar é maior (RFC 3261 §10.3).
sip-423-cause-2 = Um cliente de presença publica ou assina com um Expires curto demais (RFC 3903 §6).
sip-423-fix-1 = Repita com um Expires de pelo menos o Min-Expires (RFC 3261 §10.2.8).
sip-423-fix-2 = Para manter vivos os mapeamentos de NAT, use keep-alives (CRLF, OPTIONS) em vez de registros muito curtos (RFC 3261 §10.2.8).
sip-423-myth-1 = O 423 não é um limite de taxa de registros; só o valor do Expires é curto demais (RFC 3261 §21.4.17).
sip-423-next = Reenviar com uma validade pelo menos tão longa quanto o Min-Expires.
sip-423-use-when = um registro, uma assinatura ou uma publicação pede uma validade curta demais

## 424 Bad Location Information
sip-424-summary = A informação de localização enviada na requisição (Geolocation) estava malformada ou insuficiente; o Geolocation-Error diz por quê.
sip-424-description = O 424 Bad Location Information rejeita uma requisição cuja informação de localização, enviada pelo cabeçalho Geolocation (por valor no corpo ou por referência), não pôde ser usada: estava malformada, não pôde ser obtida ou não bastava para a decisão de roteamento (RFC 6442). A resposta traz um cabeçalho Geolocation-Error com um código que explica qual foi o caso.
sip-424-cause-1 = Uma chamada de emergência cujo corpo PIDF-LO está malformado, ou cuja URI de localização o servidor não consegue consultar (RFC 6442).
sip-424-cause-2 = Localização imprecisa demais para a decisão de roteamento que o servidor precisa tomar (RFC 6442).
sip-424-fix-1 = Leia o Geolocation-Error, corrija ou atualize a localização (corpo ou referência) e repita (RFC 6442).
sip-424-myth-1 = O 424 não quer dizer que o usuário está no lugar errado; quer dizer que os próprios dados de localização não puderam ser usados (RFC 6442).
sip-424-next = Corrigir ou atualizar a informação de localização, como indica o Geolocation-Error, e reenviar.
sip-424-use-when = a informação de localização enviada na requisição não pode ser usada

## 425 Bad Alert Message
sip-425-summary = A mensagem de alerta (por exemplo uma chamada de emergência não interativa) da requisição estava malformada ou não é suportada; o AlertMsg-Error diz por quê.
sip-425-description = O 425 Bad Alert Message rejeita uma requisição que traz um corpo de alerta, como nas chamadas de emergência não interativas de sensores e veículos, porque o conteúdo do alerta não pôde ser processado; a resposta traz um cabeçalho AlertMsg-Error que descreve o problema (RFC 8876).
sip-425-cause-1 = Um corpo CAP (Common Alerting Protocol) malformado ou com elementos que o destinatário não suporta (RFC 8876).
sip-425-fix-1 = Leia o AlertMsg-Error, corrija o corpo do alerta e reenvie (RFC 8876).
sip-425-myth-1 = O 425 do SIP nada tem a ver com o 425 Too Early do HTTP; ele trata só de corpos de mensagens de alerta (RFC 8876).
sip-425-next = Corrigir o corpo do alerta como descreve o AlertMsg-Error e reenviar.
sip-425-use-when = o corpo de mensagem de alerta de uma requisição não pode ser processado

## 428 Use Identity Header
sip-428-summary = O serviço de verificação exige um cabeçalho Identity assinado (STIR/SHAKEN) e a requisição não tinha nenhum.
sip-428-description = O 428 Use Identity Header é enviado por um serviço de verificação STIR cuja política exige uma identidade assinada e que recebeu uma requisição sem cabeçalho Identity (RFC 8224 §6.2.2). A RFC 4474 definiu o código para o mecanismo de identidade original, hoje obsoleto; a RFC 8224 o mantém com o cabeçalho Identity baseado em PASSporT.
sip-428-cause-1 = Uma interconexão entre operadoras exige assinatura STIR/SHAKEN e a operadora de origem não assinou a chamada (RFC 8224 §6.2.2).
sip-428-cause-2 = O cabeçalho Identity foi removido no caminho, por exemplo por um SBC ou por uma operadora de trânsito que não o repassa (RFC 8224 §6.2.2).
sip-428-fix-1 = Assine a chamada no serviço de autenticação de origem e garanta que cada salto repasse o cabeçalho Identity sem alterá-lo (RFC 8224 §6.2.2).
sip-428-myth-1 = O 428 não diz que a assinatura estava errada (isso é o 438); diz que não havia assinatura nenhuma (RFC 8224 §6.2.2).
sip-428-next = Reenviar com um cabeçalho Identity válido, gerado por um serviço de autenticação.
sip-428-use-when = uma identidade assinada é exigida e a requisição não trazia cabeçalho Identity

## 429 Provide Referrer Identity
sip-429-summary = O destinatário de um REFER exige um token Referred-By válido que identifique quem fez a indicação.
sip-429-description = O 429 Provide Referrer Identity é enviado pelo destinatário de um REFER (ou pela parte que ele contataria) que exige um token Referred-By assinado, provando quem pediu a indicação, e não o recebeu (RFC 3892).
sip-429-cause-1 = Uma transferência de chamada em que a política do transferido exige um indicador autenticado, e o REFER trouxe um Referred-By simples ou nenhum (RFC 3892).
sip-429-fix-1 = Reenvie o REFER com um cabeçalho Referred-By e um token assinado válido (RFC 3892).
sip-429-myth-1 = O 429 não trata de limite de taxa como no HTTP; trata só da identidade de quem fez a indicação (RFC 3892).
sip-429-next = Reenviar o REFER com um token Referred-By que prove a identidade de quem indica.
sip-429-use-when = uma indicação exige prova de quem é o indicador
