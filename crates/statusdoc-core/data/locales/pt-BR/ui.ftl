## Textos genéricos: erros, rótulos e títulos comuns a todos os protocolos.

error-malformed-code = “{ $input }” não é um código de status: informe um número de { $min } a { $max }, só com dígitos (por exemplo 486).
error-unknown-protocol = Não existe protocolo chamado “{ $input }”. Protocolos conhecidos: { $known }.
error-ambiguous-protocol = { $code } existe em mais de um protocolo ({ $candidates }); indique o protocolo, por exemplo “statusdoc explain sip { $code }”.
error-unknown-locale = Não há tradução para “{ $input }”. Disponíveis: { $known }.
error-malformed-class = “{ $input }” não é uma classe: escreva de 1xx a 6xx (ou só o dígito).
error-empty-search = Informe ao menos uma palavra ou um número para buscar.
error-internal-data = Erro interno nos dados embutidos: { $detail }. Por favor, relate o problema.
error-internal-format = Erro interno ao montar o texto: { $detail }. Por favor, relate o problema.

status-deprecated = Obsoleto: não o envie; quem recebe ainda o entende ({ $reference }).
status-reserved = Reservado: registrado, mas sem uso definido, portanto não deve ser enviado ({ $reference }).

unregistered-summary = { $code } não é um código registrado. O cliente que o recebe deve tratá-lo como { $default }, o código genérico da classe { $class } ({ $reference }).
unregistered-description = Nada define o { $code } em si: o registro da IANA não o lista, então o significado exato é o que o fabricante de quem o enviou quis dar. O protocolo ainda lhe dá um sentido pela classe: qualquer elemento que não conheça o código age como se tivesse recebido { $default } ({ $reference }).
unregistered-cause = Uma resposta proprietária ou experimental, ou um erro de digitação num log ou num chamado. Leia a frase de motivo e eventuais cabeçalhos Warning ou Reason da resposta real: eles trazem a explicação do próprio remetente ({ $reference }).
unregistered-fix = Trate-o exatamente como { $default }; pergunte ao fabricante do remetente o que ele quis dizer e, se o remetente estiver sob seu controle, prefira um código registrado da mesma classe ({ $reference }).
unregistered-history = O { $code } existia na { $source } como “{ $reason }” e foi removido quando a RFC 3261 a substituiu. Equipamentos antigos ainda podem enviá-lo; trate-o como { $default } ({ $reference }).

heading-description = O que significa
heading-when = Quando aparece
heading-fix = Como resolver
heading-myths = Equívocos comuns
heading-facts = Fatos
heading-references = Referências
heading-related = Costuma ser confundido com
heading-nearest = Códigos registrados mais próximos
heading-history = Histórico
heading-search = Resultados para “{ $query }”
heading-list = Códigos { $protocol }

fact-class = Classe
fact-provisional = Resposta provisória
fact-final-response = Resposta final
fact-status = Situação
fact-registered = Registrado
fact-unregistered = Não registrado
fact-former = Nome anterior
fact-next = Próximo passo do cliente
fact-scope = Alcance
fact-senders = Enviado por
fact-methods = Responde normalmente a
fact-methods-any = qualquer método
fact-headers = Cabeçalhos
fact-ack = Confirmação (ACK)
fact-early-dialog = Diálogo inicial (early dialog)
fact-mid-dialog = Dentro de um diálogo
fact-proxy = Nos proxies
fact-q850-from = A partir das causas ISUP
fact-q850-to = Para a causa ISUP

search-no-hits = Nenhum código corresponde a “{ $query }”. Tente menos palavras, outras palavras, um nome de cabeçalho ou o número do código.
search-hit-count = { $count ->
    [1] Um código encontrado.
   *[other] { $count } códigos encontrados.
}
list-count = { $count ->
    [1] Um código registrado.
   *[other] { $count } códigos registrados.
}

q850-cause-1 = Número não alocado (não atribuído)
q850-cause-2 = Sem rota para a rede de trânsito especificada
q850-cause-3 = Sem rota para o destino
q850-cause-17 = Usuário ocupado
q850-cause-18 = Usuário não responde
q850-cause-19 = Sem atendimento do usuário (usuário alertado)
q850-cause-20 = Assinante ausente
q850-cause-21 = Chamada rejeitada
q850-cause-22 = Número alterado
q850-cause-23 = Redirecionamento para novo destino
q850-cause-25 = Erro de roteamento na central
q850-cause-26 = Liberação de usuário não selecionado
q850-cause-27 = Destino fora de serviço
q850-cause-28 = Formato de número inválido (endereço incompleto)
q850-cause-29 = Facilidade rejeitada
q850-cause-31 = Normal, não especificado
q850-cause-34 = Nenhum circuito/canal disponível
q850-cause-38 = Rede fora de serviço
q850-cause-41 = Falha temporária
q850-cause-42 = Congestionamento no equipamento de comutação
q850-cause-47 = Recurso indisponível, não especificado
q850-cause-55 = Chamadas de entrada bloqueadas no grupo fechado de usuários
q850-cause-57 = Capacidade de portadora não autorizada
q850-cause-58 = Capacidade de portadora indisponível no momento
q850-cause-63 = Serviço ou opção indisponível, não especificado
q850-cause-65 = Capacidade de portadora não implementada
q850-cause-70 = Só há capacidade de portadora de informação digital restrita
q850-cause-79 = Serviço ou opção não implementado, não especificado
q850-cause-87 = Usuário não pertence ao grupo fechado de usuários
q850-cause-88 = Destino incompatível
q850-cause-102 = Recuperação por expiração de temporizador
q850-cause-111 = Erro de protocolo, não especificado
q850-cause-127 = Interfuncionamento, não especificado
